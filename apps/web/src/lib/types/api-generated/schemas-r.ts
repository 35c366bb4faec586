/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasR {
  RecordDecisionDto: {
    /** @description index of the agenda item it answers, from 0 */
    agendaItem?: number | null;
    /** @example Validation du programme d’actions 2027 */
    subject: string;
    /** @description parties not listed are counted absent */
    votes: components['schemas']['VoteDto'][];
  };
  RecordRenewalDecisionDto: {
    /**
     * @description the decision’s date; for a notice, the day it was received
     * @example 2025-11-20
     */
    decidedOn: string;
    deliberations?: components['schemas']['DeliberationDto'][];
    /** @enum {string} */
    kind: 'express_renewal' | 'non_renewal' | 'termination_notice';
    /**
     * @description termination_notice: a later last day in force than the notice gives
     * @example 2026-12-31
     */
    lastDayInForce?: string | null;
    /**
     * @description express_renewal: the new term (default: renewal period, else first term)
     * @example 36
     */
    newTermMonths?: number | null;
    note?: string | null;
    /**
     * @description termination_notice: the party that sent it
     * @example Tiznit
     */
    party?: string | null;
  };
  RedeemLinkDto: {
    password: string;
    /** @description the token of the e-mailed link */
    token: string;
  };
  ReminderPolicyDto: {
    /**
     * @description days before the due date, per deadline kind; kinds not given keep their defaults
     * @example {
     *       "action_plan": [
     *         90,
     *         30,
     *         7
     *       ],
     *       "committee_meeting": [
     *         60,
     *         14
     *       ]
     *     }
     */
    leadDays: Record<string, never>;
  };
  RenewalChangeDto: {
    /** @description null: unlimited */
    maxRenewals?: number | null;
    /** @enum {string} */
    mode?: 'tacit' | 'express' | 'after_evaluation' | 'none';
    noticeDays?: number | null;
    noticeMonths?: number | null;
    periodMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  RenewalClauseDto: {
    /** @description null: unlimited */
    maxRenewals?: number | null;
    /** @enum {string} */
    mode: 'tacit' | 'express' | 'after_evaluation' | 'none';
    noticeDays?: number | null;
    noticeMonths?: number | null;
    periodMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  RenewalDecisionViewDto: {
    /** Format: uuid */
    conventionId: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    /**
     * Format: date
     * @example 2026-03-12
     */
    decidedOn: string;
    deliberations: components['schemas']['DeliberationViewDto'][];
    /** Format: uuid */
    id: string;
    /** @enum {string} */
    kind: 'express_renewal' | 'non_renewal' | 'termination_notice';
    /**
     * Format: date
     * @example 2026-03-12
     */
    lastDayInForceAfter: string | null;
    /**
     * Format: date
     * @example 2026-03-12
     */
    lastDayInForceBefore: string | null;
    newTermMonths: number | null;
    note: string | null;
    /** @description the party that sent a notice of termination */
    party: string | null;
  };
}
