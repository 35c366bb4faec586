// Turns an OpenAPI document (a JSON file, argv[2]) into the web app's API types, printed on stdout
// as JSON {path under apps/web/src/lib/types: content}: openapi-typescript's output cut into files
// of at most ~250 lines (paths by their first segment, operations by controller, schemas in
// alphabetical runs), assembled again by api.generated.ts, each formatted by the repository's
// Prettier. A separate Node process because openapi-typescript's parser (@redocly/openapi-core)
// is an ES module Jest cannot load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const ROOT = fileURLToPath(new URL('../apps/web/src/lib/types/', import.meta.url));
const MAX_LINES = 250;
const HEADER = `/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. \`npm run generate:api-types\` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
`;

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const options = (await resolveConfig(`${ROOT}api.generated.ts`)) ?? {};
const whole = await format(astToString(await openapiTS(document, { alphabetize: true })), {
  ...options,
  filepath: `${ROOT}api.generated.ts`,
});
const lines = whole.split('\n');

/** The members of the block opened by `opening`, each a run of lines starting at `indent`. */
function members(opening, indent) {
  const start = lines.indexOf(opening);
  if (start < 0) throw new Error(`openapi-typescript output without "${opening}"`);
  const close = `${' '.repeat(indent - 2)}}`;
  const found = [];
  for (let index = start + 1; !lines[index].startsWith(close) || lines[index].length > close.length + 1;) {
    const from = index;
    index += 1;
    while (
      lines[index].startsWith(`${' '.repeat(indent)} `) ||
      lines[index].startsWith(`${' '.repeat(indent)}}`)
    )
      index += 1;
    found.push({
      key: lines[from].trim().replace(/^'|'?:.*$/g, ''),
      text: lines.slice(from, index).join('\n'),
    });
  }
  // A member's doc comment goes with it.
  return found.reduce((all, member) => {
    const previous = all[all.length - 1];
    if (previous?.key.startsWith('/*'))
      all[all.length - 1] = { key: member.key, text: `${previous.text}\n${member.text}` };
    else all.push(member);
    return all;
  }, []);
}

/** Members grouped by `groupOf`, each group cut into runs of at most MAX_LINES. */
function chunks(list, groupOf) {
  const out = [];
  for (const member of list) {
    const group = groupOf(member.key);
    const last = out[out.length - 1];
    const size = member.text.split('\n').length;
    if (last && last.group === group && last.lines + size <= MAX_LINES) {
      last.members.push(member);
      last.lines += size;
    } else out.push({ group, members: [member], lines: size, index: 0 });
  }
  const counts = {};
  for (const chunk of out) chunk.index = counts[chunk.group] = (counts[chunk.group] ?? 0) + 1;
  return out.map((chunk) => ({
    ...chunk,
    name: counts[chunk.group] > 1 ? `${chunk.group}-${chunk.index}` : chunk.group,
  }));
}

const pascal = (name) => name.replace(/(^|[-_])([a-z0-9])/gi, (_m, _s, c) => c.toUpperCase());
const files = {};
const index = [];
async function emit(kind, chunk, indent) {
  const type = `${pascal(kind)}${pascal(chunk.name)}`;
  const body = chunk.members
    .map((member) => member.text.replace(new RegExp(`^ {${indent - 2}}`, 'gm'), ''))
    .join('\n');
  const uses = ['components', 'operations'].filter((name) => body.includes(`${name}[`));
  const imports = uses.length ? `import type { ${uses.join(', ')} } from '../api.generated';\n\n` : '';
  const path = `api-generated/${kind}-${chunk.name}.ts`;
  files[path] = await format(`${HEADER}${imports}export interface ${type} {\n${body}\n}\n`, {
    ...options,
    filepath: `${ROOT}${path}`,
  });
  index.push({ kind, type, path });
}

const segment = (key) => key.split('/')[2]?.replace(/[^a-z0-9-]/gi, '') || 'root';
for (const chunk of chunks(members('export interface paths {', 2), segment)) await emit('paths', chunk, 2);
for (const chunk of chunks(members('  schemas: {', 4), (key) => key[0].toLowerCase()))
  await emit('schemas', chunk, 4);
for (const chunk of chunks(members('export interface operations {', 2), (key) =>
  key
    .split('_')[0]
    .replace(/Controller$/, '')
    .toLowerCase(),
))
  await emit('operations', chunk, 2);

const of = (kind) =>
  index
    .filter((entry) => entry.kind === kind)
    .map((entry) => entry.type)
    .join(' & ');
files['api.generated.ts'] = await format(
  `${HEADER}${index.map((entry) => `import type { ${entry.type} } from './${entry.path.replace(/\.ts$/, '')}';`).join('\n')}

export type paths = ${of('paths')};
export type webhooks = Record<string, never>;
export interface components {
  schemas: ${of('schemas')};
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = ${of('operations')};
`,
  { ...options, filepath: `${ROOT}api.generated.ts` },
);
process.stdout.write(JSON.stringify(files));
