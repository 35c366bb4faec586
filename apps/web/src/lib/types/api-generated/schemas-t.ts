/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasT {
  TallyDto: {
    absent: number;
    abstain: number;
    against: number;
    for: number;
  };
  TermChangeDto: {
    /** @example 36 */
    durationMonths?: number | null;
    indefinite?: boolean;
    source?: components['schemas']['ClauseSourceDto'];
    /** @enum {string} */
    start?: 'effective_date' | 'last_signature' | 'fixed_date' | 'after_approvals';
    /** @example 2024-02-02 */
    startDate?: string | null;
  };
  TermClauseDto: {
    /** @example 36 */
    durationMonths?: number | null;
    indefinite?: boolean;
    source?: components['schemas']['ClauseSourceDto'];
    /** @enum {string} */
    start: 'effective_date' | 'last_signature' | 'fixed_date' | 'after_approvals';
    /** @example 2024-02-02 */
    startDate?: string | null;
  };
  TerminationChangeDto: {
    anyTime?: boolean;
    noticeDays?: number | null;
    noticeMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  TerminationClauseDto: {
    anyTime?: boolean;
    noticeDays?: number | null;
    noticeMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
}
