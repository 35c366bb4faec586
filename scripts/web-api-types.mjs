// Turns an OpenAPI document (a JSON file, argv[2]) into the web app's API types on stdout:
// openapi-typescript, formatted by the repository's Prettier. A separate Node process because
// openapi-typescript's parser (@redocly/openapi-core) is an ES module Jest cannot load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const target = fileURLToPath(new URL('../apps/web/src/lib/types/api.generated.ts', import.meta.url));
const HEADER = `/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. \`npm run generate:api-types\` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
`;

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ast = await openapiTS(document, { alphabetize: true });
const options = (await resolveConfig(target)) ?? {};
process.stdout.write(await format(HEADER + astToString(ast), { ...options, filepath: target }));
