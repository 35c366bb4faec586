/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasM {
  MarkDeadlineDoneDto: {
    /**
     * @description when it was done; default today
     * @example 2026-11-20
     */
    doneOn?: string;
    /** @description link to the evidence (minutes, deliberation, mail…) */
    evidenceUrl?: string | null;
    note?: string | null;
  };
  MeetingDetailDto: {
    agenda: components['schemas']['AgendaItemViewDto'][];
    attendees: components['schemas']['AttendeeViewDto'][];
    city: string;
    convenedBy: string | null;
    conventionId: string;
    /** @description ISO 3166-1 alpha-2 */
    country: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    decisions: components['schemas']['DecisionViewDto'][];
    /**
     * Format: date
     * @example 2026-03-12
     */
    heldOn: string;
    hostParty: string;
    id: string;
    /** @description every version, latest last */
    minutes: components['schemas']['MinutesViewDto'][];
    warnings: components['schemas']['GovernanceWarningDto'][];
  };
  MeetingHitDto: {
    city: string;
    /** Format: uuid */
    conventionId: string;
    /**
     * Format: date
     * @example 2026-02-02
     */
    heldOn: string;
    hostParty: string;
    /** Format: uuid */
    id: string;
    reference: string;
  };
  MeetingListDto: {
    items: components['schemas']['MeetingViewDto'][];
    /** @description parts of years without a meeting, hosts not alternating */
    warnings: components['schemas']['GovernanceWarningDto'][];
  };
  MeetingViewDto: {
    agenda: components['schemas']['AgendaItemViewDto'][];
    attendees: components['schemas']['AttendeeViewDto'][];
    city: string;
    convenedBy: string | null;
    conventionId: string;
    /** @description ISO 3166-1 alpha-2 */
    country: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    /**
     * Format: date
     * @example 2026-03-12
     */
    heldOn: string;
    hostParty: string;
    id: string;
    warnings: components['schemas']['GovernanceWarningDto'][];
  };
  MinutesViewDto: {
    attachments: components['schemas']['FileViewDto'][];
    /**
     * Format: date
     * @example 2026-03-12
     */
    circulatedOn: string | null;
    conventionId: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    /**
     * Format: date
     * @example 2026-03-12
     */
    createdOn: string;
    /** @description the latest version */
    current: boolean;
    /**
     * Format: date
     * @example 2026-03-12
     */
    executoryOn: string | null;
    /** @description its safe HTML rendering */
    html: string;
    id: string;
    meetingId: string;
    missing: string[];
    signatories: string[];
    signatures: components['schemas']['SignatureDto'][];
    /** @enum {string} */
    status: 'draft' | 'awaiting_signatures' | 'executory';
    /** Format: date-time */
    supersededAt: string | null;
    /** @description sanitised Markdown */
    text: string;
    version: number;
  };
  MissingStepDto: {
    party: string;
    /** @enum {string} */
    step: 'signature' | 'prefecture_transmission' | 'visa';
  };
  MyDeadlineDto: {
    /** @description mine as the convention’s lead officer, not named */
    byDefault: boolean;
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
  MyDeadlinesDto: {
    items: components['schemas']['MyDeadlineDto'][];
    total: number;
  };
}
