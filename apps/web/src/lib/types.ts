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

export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
  status: DeadlineStatus;
  source: ClauseSource | null;
  title: string;
  clause: string | null;
  termIndex: number | null;
  planYear?: number;
  record: {
    state: 'done' | 'waived';
    doneOn: string | null;
    note: string | null;
    reason: string | null;
    recordedBy: string | null;
  } | null;
  about?: { meetingId?: string; amendmentId?: string; missing?: string[] };
}

export interface CalendarItem {
  /** Null for an organization's own deadline (apd_declaration): it belongs to no convention. */
  conventionId: string | null;
  reference: string;
  kind: DeadlineKind;
  dueOn: string;
  status: DeadlineStatus;
  title: string;
  conventionTitle: string;
  /** Only with `include=source`. */
  source?: ClauseSource | null;
  uid: string;
}

export type DashboardDeadline = Omit<CalendarItem, 'uid'> & { tacitRenewalOn?: string };

export interface Section<T> {
  total: number;
  items: T[];
}

export interface Dashboard {
  today: string;
  overdue: Section<DashboardDeadline>;
  thisWeek: Section<DashboardDeadline>;
  next90Days: Section<DashboardDeadline>;
  endingWithin12Months: Section<DashboardDeadline>;
}

export interface ComplianceAlert {
  conventionId: string;
  reference: string;
  conventionTitle: string;
  rule: string;
  detail: string;
}

export interface ComplianceItem {
  rule: string;
  ok: boolean;
  detail: string;
}

export interface HistoryEntry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
}

export interface Attendee {
  party: string;
  name: string;
  role?: string | null;
}

export interface AgendaItem {
  title: string;
  description?: string | null;
}

export interface Meeting {
  id: string;
  conventionId: string;
  heldOn: string;
  city: string;
  country: string;
  hostParty: string;
  convenedBy?: string | null;
  agenda?: AgendaItem[];
  attendees: Attendee[];
  warnings: Array<{ code: string; message: string }>;
}

export interface Decision {
  id: string;
  subject: string;
  agendaItem?: number | null;
  rule: string;
  adopted: boolean;
  blockedBy: string[];
  votes: Array<{ party: string; vote: 'for' | 'against' | 'abstain' | 'absent' }>;
}

export interface Minutes {
  id: string;
  version: number;
  current: boolean;
  status: 'draft' | 'awaiting_signatures' | 'executory';
  executoryOn: string | null;
  text: string;
  html: string;
  signatories: string[];
  signatures: Array<{ signatory: string; signedOn: string }>;
  missing: string[];
  attachments?: StoredFile[];
}

/** A PDF kept by the API (minutes or evaluation attachment, convention document), downloaded from `url`. */
export interface StoredFile {
  id: string;
  filename: string;
  title?: string | null;
  size: number;
  url: string;
  kind?: string;
  uploadedAt?: string;
}

/** What a convention's document is (`POST /api/conventions/:id/documents`, field `kind`). */
export type DocumentKind =
  'signed_text' | 'deliberation' | 'prefecture_acknowledgment' | 'governor_visa' | 'other';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'signed_text',
  'deliberation',
  'prefecture_acknowledgment',
  'governor_visa',
  'other',
];

export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';
export const ACTION_STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'done', 'cancelled'];

export interface ActionPlanItem {
  axis: string;
  action: string;
  leadParty: string;
  budget?: number | null;
  currency?: string | null;
  /** Co-financing of the action (cofinancements: DAECT, AFD, a region…). */
  coFinancing?: Array<{ source: string; amount?: number | null; currency?: string | null }>;
  status: ActionStatus;
}

/** Programme d'actions annuel validated by a meeting. */
export interface ActionPlan {
  id: string;
  year: number;
  meetingId: string | null;
  validatedOn: string;
  items: ActionPlanItem[];
  totals: Record<string, number>;
  deadline: { kind: 'action_plan'; dueOn: string; planYear: number } | null;
}

export interface Indicator {
  name: string;
  target?: string | null;
  value?: string | null;
}

export interface Evaluation {
  id: string;
  meetingId: string | null;
  presentedOn: string;
  period: { from: string; to: string };
  indicators: Indicator[];
  findings: string;
  /** Due dates of the evaluation deadlines it satisfied. */
  settles: string[];
  attachments?: StoredFile[];
}

export interface MeetingDetail extends Meeting {
  decisions: Decision[];
  minutes: Minutes[];
}

export interface Amendment {
  id: string;
  number?: number;
  title?: string | null;
  text: string;
  status: 'proposed' | 'refused' | 'in_force';
  missing: string[];
  proposedOn?: string;
  inForceOn?: string | null;
  approvals?: Array<{ party: string; decision: string; on?: string }>;
}

export interface Reminder {
  id: string;
  conventionId: string;
  reference: string;
  kind: DeadlineKind;
  dueOn: string;
  step: string;
  recipient: string;
  escalation: boolean;
  catchUp: boolean;
  digest: boolean;
  status: string;
  sendAt: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  messageId: string | null;
  nextAttemptAt: string | null;
  failureKind: 'outage' | 'refused' | 'passed' | null;
}

/** GET /api/admin/reminders/delivery (admins). */
export interface DeliveryHealth {
  byStatus: Record<'pending' | 'sent' | 'failed' | 'cancelled', number>;
  duePending: number;
  oldestDuePendingSeconds: number;
  failedOutage: number;
  failedRefused: number;
  lastError: string | null;
  alert: 'none' | 'late' | 'failed';
}

export interface ConventionIndexEntry {
  id: string;
  reference: string;
  title: string;
  countries: string[];
}
