/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasC1 {
  CalendarItemDto: {
    /**
     * Format: uuid
     * @description null for an organization’s own deadline (apd_declaration)
     */
    conventionId: string | null;
    conventionTitle: string;
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
    /**
     * Format: uuid
     * @description apd_declaration: the organization that declares
     */
    organizationId?: string;
    reference: string;
    /** @description only with include=source */
    source?: components['schemas']['DeadlineSourceDto'] | null;
    /** @enum {string} */
    status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
    title: string;
    /** @description stable across recomputations */
    uid: string;
  };
  CirculateMinutesDto: {
    /**
     * @description default today
     * @example 2026-03-20
     */
    on?: string;
  };
  ClauseChangesDto: {
    actionPlan?: components['schemas']['ActionPlanChangeDto'] | null;
    amendment?: components['schemas']['AmendmentRuleChangeDto'] | null;
    committee?: components['schemas']['CommitteeChangeDto'] | null;
    evaluation?: components['schemas']['EvaluationChangeDto'] | null;
    renewal?: components['schemas']['RenewalChangeDto'] | null;
    term?: components['schemas']['TermChangeDto'] | null;
    termination?: components['schemas']['TerminationChangeDto'] | null;
  };
  ClausesDto: {
    actionPlan?: components['schemas']['ActionPlanClauseDto'] | null;
    amendment?: components['schemas']['AmendmentClauseDto'] | null;
    committee?: components['schemas']['CommitteeClauseDto'] | null;
    evaluation?: components['schemas']['EvaluationClauseDto'] | null;
    renewal?: components['schemas']['RenewalClauseDto'] | null;
    term?: components['schemas']['TermClauseDto'] | null;
    termination?: components['schemas']['TerminationClauseDto'] | null;
  };
  ClausesInForceViewDto: {
    clauses: components['schemas']['ClausesDto'];
    /**
     * Format: date
     * @example 2026-03-12
     */
    on: string;
    versions: components['schemas']['ClausesVersionDto'][];
  };
  ClauseSourceDto: {
    /** @example 7 */
    article: string;
    /** @description verbatim sentence from the text */
    quote: string;
  };
  ClausesVersionDto: {
    amendmentIds: string[];
    changes: components['schemas']['ClauseChangesDto'][];
    /**
     * Format: date
     * @description null: the signed clauses
     * @example 2026-03-12
     */
    from: string | null;
  };
  CoFinancingDto: {
    /** @example 5000 */
    amount?: number | null;
    /** @example EUR */
    currency?: string | null;
    /** @example Ministère de l’Europe et des Affaires étrangères (DAECT) */
    source: string;
  };
  CoFinancingViewDto: {
    amount?: number | null;
    currency?: string | null;
    /** @example DAECT */
    source: string;
  };
  CommitteeChangeDto: {
    alternatingHost?: boolean;
    /** @enum {string} */
    decisionRule?: 'unanimity' | 'consensus' | 'majority';
    /** @enum {number} */
    minMeetingsPerYear?: 1 | 2 | 3 | 4 | 6 | 12;
    minutesSignatories?: string[];
    /** @example Comité de pilotage */
    name?: string | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  CommitteeClauseDto: {
    alternatingHost?: boolean;
    /** @enum {string} */
    decisionRule?: 'unanimity' | 'consensus' | 'majority';
    /** @enum {number} */
    minMeetingsPerYear?: 1 | 2 | 3 | 4 | 6 | 12;
    minutesSignatories?: string[];
    /** @example Comité de pilotage */
    name?: string | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  ComplianceAlertDto: {
    /** Format: uuid */
    conventionId: string | null;
    conventionTitle: string;
    /** @description in the caller’s language */
    detail: string;
    reference: string;
    /** @enum {string} */
    rule:
      | 'deliberation_before_signature'
      | 'ma_deliberation'
      | 'signatures_recorded'
      | 'prefecture_transmission'
      | 'prefecture_review'
      | 'ma_visa'
      | 'no_foreign_state'
      | 'object_stated'
      | 'financial_commitment_stated'
      | 'action_plan_current_year'
      | 'committee_meeting_current_year'
      | 'minutes_signed'
      | 'evaluation_current_year';
  };
  ComplianceAlertSectionDto: {
    items: components['schemas']['ComplianceAlertDto'][];
    total: number;
  };
  ComplianceAlertsViewDto: {
    alerts: components['schemas']['ComplianceAlertSectionDto'];
    /**
     * Format: date
     * @example 2026-12-31
     */
    today: string;
  };
  ComplianceViewDto: {
    /** @description in the caller’s language */
    detail: string;
    messageKey: string;
    ok: boolean;
    params: {
      [key: string]: string | number;
    };
    /** @enum {string} */
    rule:
      | 'deliberation_before_signature'
      | 'ma_deliberation'
      | 'signatures_recorded'
      | 'prefecture_transmission'
      | 'prefecture_review'
      | 'ma_visa'
      | 'no_foreign_state'
      | 'object_stated'
      | 'financial_commitment_stated'
      | 'action_plan_current_year'
      | 'committee_meeting_current_year'
      | 'minutes_signed'
      | 'evaluation_current_year';
  };
  ContactDto: {
    address?: string | null;
    /** @example 2008-07 */
    asOf?: string | null;
    email?: string | null;
    name?: string | null;
    /** @example Oujda */
    party: string;
    phone?: string | null;
    /** @enum {string} */
    role: 'elected' | 'agent' | 'office';
    title?: string | null;
  };
  ConventionHitDto: {
    /** Format: uuid */
    id: string;
    reference: string;
    title: string;
  };
  ConventionIndexEntryDto: {
    /** @description its parties’ countries, sorted, each once */
    countries: string[];
    /** Format: uuid */
    id: string;
    reference: string;
    title: string;
  };
  ConventionPageDto: {
    items: components['schemas']['ConventionViewDto'][];
    page: number;
    pageSize: number;
    total: number;
  };
}
