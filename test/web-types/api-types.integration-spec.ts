import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const ROOT = join(__dirname, '../..');
const WEB_API_TYPES = join(ROOT, 'apps/web/src/lib/types/api.generated.ts');

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
    const generated = execFileSync(process.execPath, [join(ROOT, 'scripts/web-api-types.mjs'), file], {
      encoding: 'utf8',
    });
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(WEB_API_TYPES, generated);
    const committed = existsSync(WEB_API_TYPES) ? readFileSync(WEB_API_TYPES, 'utf8') : '';
    expect(committed === generated ? 'up to date' : 'stale: run npm run generate:api-types').toBe(
      'up to date',
    );
  });
});
