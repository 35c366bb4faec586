/** The API's shapes as the app reads them (README, docs/). */
export interface Me {
  id: string;
  email: string;
  name: string;
  language: 'fr' | 'en' | 'ar';
  organizationId: string | null;
  role: 'admin' | 'officer' | 'viewer';
  reminderMode: 'immediate' | 'digest';
}

export type DeadlineKind =
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

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'expiry',
  'renewal_notice',
  'tacit_renewal',
  'renewal_decision',
  'evaluation',
  'action_plan',
  'committee_meeting',
  'minutes_signature',
  'amendment_approval',
  'prefecture_review',
  'apd_declaration',
];

/** Events happen by themselves: nobody marks them done. */
export const EVENT_KINDS: readonly DeadlineKind[] = ['expiry', 'tacit_renewal', 'prefecture_review'];

export type DeadlineStatus = 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
export type ConventionStatus = 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
export const CONVENTION_STATUSES: readonly ConventionStatus[] = [
  'draft',
  'awaiting_signatures',
  'in_force',
  'expired',
  'terminated',
];

export interface ClauseSource {
  article?: string;
  quote?: string;
}

export interface Party {
  name: string;
  country: string;
  organizationId?: string | null;
  level?: string | null;
  representative?: string | null;
  representativeTitle?: string | null;
  deliberationOn?: string | null;
  signedOn?: string | null;
  prefectureTransmissionOn?: string | null;
  prefectureReceiptNumber?: string | null;
  visaOn?: string | null;
  visaAuthority?: 'governor' | 'interior_ministry' | 'other' | null;
}

export interface FinancialCommitment {
  party: string;
  amount: number;
  currency: string;
  year?: number | null;
  note?: string | null;
}

export interface Clauses {
  term?: {
    start: 'effective_date' | 'last_signature' | 'fixed_date';
    startDate?: string | null;
    durationMonths?: number | null;
    indefinite?: boolean;
    source?: ClauseSource | null;
  } | null;
  renewal?: {
    mode: 'tacit' | 'express' | 'after_evaluation' | 'none';
    periodMonths?: number | null;
    maxRenewals?: number | null;
    noticeMonths?: number | null;
    noticeDays?: number | null;
    source?: ClauseSource | null;
  } | null;
  termination?: {
    anyTime?: boolean;
    noticeMonths?: number | null;
    noticeDays?: number | null;
    source?: ClauseSource | null;
  } | null;
  actionPlan?: {
    deadlineMonth: number;
    deadlineDay: number;
    yearOffset?: number;
    approvedBy?: string | null;
    source?: ClauseSource | null;
  } | null;
  evaluation?: {
    annual?: boolean;
    beforeRenewal?: boolean;
    atTerm?: boolean;
    leadMonths?: number | null;
    source?: ClauseSource | null;
  } | null;
  committee?: {
    name?: string | null;
    minMeetingsPerYear?: number | null;
    alternatingHost?: boolean;
    decisionRule?: 'unanimity' | 'consensus' | 'majority' | null;
    minutesSignatories?: string[];
    source?: ClauseSource | null;
  } | null;
  amendment?: {
    rule: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
    source?: ClauseSource | null;
  } | null;
}

export type ClauseName = keyof Clauses;
export const CLAUSE_NAMES: readonly ClauseName[] = [
  'term',
  'renewal',
  'termination',
  'actionPlan',
  'evaluation',
  'committee',
  'amendment',
];

export interface ConventionDocument {
  reference: string;
  title: string;
  instrument: string;
  language?: string;
  object?: string | null;
  timeZone?: string;
  effectiveOn?: string | null;
  terminatedOn?: string | null;
  financialCommitments?: FinancialCommitment[];
  parties: Party[];
  clauses: Clauses;
}

export interface ExecutorySide {
  country: 'FR' | 'MA';
  executory: boolean;
  executoryOn: string | null;
  missing: Array<{ party: string; step: 'signature' | 'prefecture_transmission' | 'visa' }>;
}

export interface KeyDates {
  startsOn: string | null;
  currentTermEndsOn: string | null;
  endsOn: string | null;
  openEnded: boolean;
  nextRenewal: { kind: 'tacit_renewal' | 'renewal_decision'; on: string } | null;
}

export interface Convention extends ConventionDocument {
  id: string;
  status: ConventionStatus;
  executory?: ExecutorySide[];
  statusNotes?: Array<
    { code: 'signatures_missing'; parties: string[] } | { code: 'not_executory'; country: 'FR' | 'MA' }
  >;
  keyDates?: KeyDates;
  nextDeadline?: { kind: DeadlineKind; dueOn: string } | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
