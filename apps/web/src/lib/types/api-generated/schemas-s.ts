/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasS {
  SearchResultsDto: {
    conventions: components['schemas']['ConventionHitDto'][];
    meetings: components['schemas']['MeetingHitDto'][];
    parties: components['schemas']['PartyHitDto'][];
  };
  SetupLinkStatusDto: {
    /** @description an admin exists: sign in instead */
    adminExists: boolean;
    /** @description the link may create the first admin now */
    usable: boolean;
  };
  SignatureDto: {
    recordedBy: string | null;
    signatory: string;
    /**
     * Format: date
     * @example 2026-03-12
     */
    signedOn: string;
  };
  SignaturesMissingNoteDto: {
    /** @enum {string} */
    code: 'signatures_missing';
    parties: string[];
  };
  SignMinutesDto: {
    /**
     * @description default today
     * @example 2026-03-25
     */
    on?: string;
    /**
     * @description one of the committee clause’s minutesSignatories
     * @example Président de Tiznit
     */
    signatory: string;
  };
}
