/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasG {
  GovernanceWarningDto: {
    /** @enum {string} */
    code: 'host_not_alternating' | 'missed_meeting';
    /**
     * Format: date
     * @example 2026-03-12
     */
    dueOn?: string;
    /**
     * Format: date
     * @example 2026-03-12
     */
    heldOn?: string;
    meetingId?: string;
    /** @description in the caller’s language */
    message: string;
    period?: components['schemas']['PeriodDto'];
    /**
     * Format: date
     * @example 2026-03-12
     */
    previousHeldOn?: string;
    previousMeetingId?: string;
    /** @description host_not_alternating: who hosted twice in a row */
    repeated?: string;
  };
}
