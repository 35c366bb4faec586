/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasK {
  KeyDatesDto: {
    /**
     * Format: date
     * @description last day in force of the term under way today
     * @example 2026-12-31
     */
    currentTermEndsOn: string | null;
    /**
     * Format: date
     * @description final last day in force; null when open-ended or unknown
     * @example 2026-12-31
     */
    endsOn: string | null;
    nextRenewal: components['schemas']['NextRenewalDto'] | null;
    openEnded: boolean;
    /**
     * Format: date
     * @example 2026-12-31
     */
    startsOn: string | null;
  };
}
