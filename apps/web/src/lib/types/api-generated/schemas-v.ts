/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasV {
  ValidateActionPlanDto: {
    items: components['schemas']['ActionPlanItemDto'][];
    /**
     * @description the year the plan is for (planYear of its deadline)
     * @example 2027
     */
    year: number;
  };
  VoteDto: {
    /** @example Tiznit */
    party: string;
    /** @enum {string} */
    vote: 'for' | 'against' | 'abstain' | 'absent';
  };
}
