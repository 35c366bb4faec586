import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const ROOT = join(__dirname, '../..');
const WEB_API_TYPES = join(ROOT, 'apps/web/src/lib/types');
const PARTS = 'api-generated';

/**
 * The web app's API types come from the OpenAPI document, not by hand: a route or a described
 * response that changes without `npm run generate:api-types` fails here, and the web build's
 * type check (`npm run build:web`) fails where the app no longer fits. UPDATE_API_TYPES=1 writes
 * the file instead of comparing.
 */
describe('the web app’s generated API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are what openapi-typescript makes of the current OpenAPI document', async () => {
    const document = (await t.api.get('/api/docs/openapi.json').expect(200)).body as unknown;
    const file = join(mkdtempSync(join(tmpdir(), 'passerelle-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const generated = JSON.parse(
      execFileSync(process.execPath, [join(ROOT, 'scripts/web-api-types.mjs'), file], { encoding: 'utf8' }),
    ) as Record<string, string>;
    if (process.env.UPDATE_API_TYPES === '1') {
      rmSync(join(WEB_API_TYPES, PARTS), { recursive: true, force: true });
      mkdirSync(join(WEB_API_TYPES, PARTS));
      for (const [path, content] of Object.entries(generated))
        writeFileSync(join(WEB_API_TYPES, path), content);
    }
    const parts = existsSync(join(WEB_API_TYPES, PARTS)) ? readdirSync(join(WEB_API_TYPES, PARTS)) : [];
    const committed = Object.fromEntries(
      ['api.generated.ts', ...parts.map((name) => `${PARTS}/${name}`)].map((path) => [
        path,
        existsSync(join(WEB_API_TYPES, path)) ? readFileSync(join(WEB_API_TYPES, path), 'utf8') : '',
      ]),
    );
    const stale = Object.keys({ ...generated, ...committed }).filter(
      (path) => committed[path] !== generated[path],
    );
    expect(
      stale.length === 0 ? 'up to date' : `stale (${stale.join(', ')}): run npm run generate:api-types`,
    ).toBe('up to date');
  });
});
