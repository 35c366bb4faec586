/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasN {
  NamedOwnerDto: {
    /**
     * Format: date
     * @example 2026-12-31
     */
    dueOn: string;
    /** @enum {string} */
    kind:
      | 'expiry'
      | 'renewal_notice'
      | 'tacit_renewal'
      | 'renewal_decision'
      | 'evaluation'
      | 'action_plan'
      | 'committee_meeting'
      | 'minutes_signature'
      | 'amendment_approval'
      | 'prefecture_review'
      | 'apd_declaration';
    name: string;
    /** Format: uuid */
    userId: string;
  };
  NextDeadlineDto: {
    /**
     * Format: date
     * @example 2026-12-31
     */
    dueOn: string;
    /** @enum {string} */
    kind:
      | 'expiry'
      | 'renewal_notice'
      | 'tacit_renewal'
      | 'renewal_decision'
      | 'evaluation'
      | 'action_plan'
      | 'committee_meeting'
      | 'minutes_signature'
      | 'amendment_approval'
      | 'prefecture_review'
      | 'apd_declaration';
  };
  NextRenewalDto: {
    /** @enum {string} */
    kind: 'tacit_renewal' | 'renewal_decision';
    /**
     * Format: date
     * @example 2026-12-31
     */
    on: string;
  };
  NoteDto: {
    text: string;
  };
  NotExecutoryNoteDto: {
    /** @enum {string} */
    code: 'not_executory';
    /** @enum {string} */
    country: 'FR' | 'MA';
  };
}
