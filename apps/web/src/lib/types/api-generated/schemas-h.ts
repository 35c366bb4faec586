/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasH {
  HistoryEventDto: {
    date?: components['schemas']['ImpreciseDateDto'] | null;
    /** @enum {string} */
    kind: 'signed' | 'deliberated' | 'renewed' | 'amended' | 'suspended' | 'ended' | 'other';
    party?: string | null;
    /** @example Renouvellement pour 5 ans le 06/12/2004 */
    words: string;
  };
}
