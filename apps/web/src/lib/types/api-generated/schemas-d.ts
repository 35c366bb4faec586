/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasD {
  DashboardDeadlineDto: {
    /**
     * Format: uuid
     * @description null: apd_declaration
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
    /** Format: uuid */
    organizationId?: string;
    reference: string;
    source?: components['schemas']['DeadlineSourceDto'] | null;
    /** @enum {string} */
    status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
    /**
     * Format: date
     * @description expiry followed the next day by a tacit renewal
     * @example 2026-12-31
     */
    tacitRenewalOn?: string;
    title: string;
  };
  DashboardDeadlineSectionDto: {
    items: components['schemas']['DashboardDeadlineDto'][];
    /** @description how many in all; items holds at most the first `limit` */
    total: number;
  };
  DashboardViewDto: {
    endingWithin12Months: components['schemas']['DashboardDeadlineSectionDto'];
    next90Days: components['schemas']['DashboardDeadlineSectionDto'];
    overdue: components['schemas']['DashboardDeadlineSectionDto'];
    thisWeek: components['schemas']['DashboardDeadlineSectionDto'];
    /**
     * Format: date
     * @example 2026-12-31
     */
    today: string;
  };
  DeadlineAboutDto: {
    /** Format: uuid */
    amendmentId?: string;
    /**
     * Format: date
     * @example 2026-12-31
     */
    heldOn?: string;
    /** Format: uuid */
    meetingId?: string;
    /** Format: uuid */
    minutesId?: string | null;
    /** @description signatories or parties still to sign or answer */
    missing?: string[];
    version?: number;
  };
  DeadlineOwnersViewDto: {
    /** @description owns every deadline nobody was named for */
    lead: components['schemas']['OfficerRefDto'] | null;
    /** @description who may be chosen */
    officers: components['schemas']['OfficerRefDto'][];
    /** Format: uuid */
    organizationId: string;
    /** @description deadlines named to someone other than the lead */
    owners: components['schemas']['NamedOwnerDto'][];
  };
  DeadlineOwnerViewDto: {
    /** @description the owner comes from the convention’s lead officer */
    byDefault: boolean;
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
    /** @description the one named, else the lead officer */
    owner: components['schemas']['OfficerRefDto'] | null;
  };
  DeadlineRecordDto: {
    /** Format: uuid */
    conventionId: string;
    /**
     * Format: date
     * @example 2026-12-31
     */
    doneOn: string | null;
    /**
     * Format: date
     * @example 2026-12-31
     */
    dueOn: string;
    evidenceUrl: string | null;
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
    note: string | null;
    reason: string | null;
    /** Format: date-time */
    recordedAt: string;
    /** @description the user’s name */
    recordedBy: string | null;
    /** @enum {string} */
    state: 'done' | 'waived';
  };
  DeadlineRecordViewDto: {
    /**
     * Format: date
     * @example 2026-12-31
     */
    doneOn: string | null;
    evidenceUrl: string | null;
    note: string | null;
    reason: string | null;
    /** Format: date-time */
    recordedAt: string;
    /** @description the user’s name */
    recordedBy: string | null;
    /** @enum {string} */
    state: 'done' | 'waived';
  };
  DeadlineSourceDto: {
    /** @example 7 */
    article: string;
    /** @description verbatim sentence from the text */
    quote: string;
  };
  DeadlineViewDto: {
    about?: components['schemas']['DeadlineAboutDto'];
    /** @enum {string|null} */
    clause:
      'term' | 'renewal' | 'termination' | 'actionPlan' | 'evaluation' | 'committee' | 'amendment' | null;
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
    period?: components['schemas']['PeriodDto'];
    planYear?: number;
    record: components['schemas']['DeadlineRecordViewDto'] | null;
    source: components['schemas']['DeadlineSourceDto'] | null;
    /** @enum {string} */
    status: 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
    termIndex: number | null;
    /** @description in the caller’s language */
    title: string;
  };
  DecisionViewDto: {
    adopted: boolean;
    /** @description index in the agenda, from 0 */
    agendaItem: number | null;
    blockedBy: string[];
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    id: string;
    meetingId: string;
    /** @enum {string} */
    rule: 'unanimity' | 'consensus' | 'majority';
    subject: string;
    tally: components['schemas']['TallyDto'];
    votes: components['schemas']['PartyVoteDto'][];
  };
  DeliberationDto: {
    /** @example 2025-11-20 */
    on: string;
    /** @example Villeneuve-la-Garenne */
    party: string;
    /** @example DCM n° 2025-118 */
    ref?: string | null;
  };
  DeliberationViewDto: {
    /**
     * Format: date
     * @example 2026-03-12
     */
    on: string;
    party: string;
    ref?: string | null;
  };
}
