import {
  Actor,
  AmendmentApproval,
  ClauseChanges,
  DecisionRule,
  GovernanceFacts,
  IsoDate,
  MinutesSignature,
  PartyVote,
  RenewalDecisionKind,
  StoredConvention,
} from '@passerelle/domain';
import { ConventionDerivedColumns, ConventionToStore } from './convention.repository';
import { DeadlineRecord } from './deadline.repository';
import { GovernanceReader } from './governance-reader';

export interface AgendaItem {
  title: string;
  description?: string | null;
}

export interface Attendee {
  party: string;
  name: string;
  role?: string | null;
}

/** Réunion du comité de pilotage. */
export interface Meeting {
  id: string;
  conventionId: string;
  heldOn: IsoDate;
  city: string;
  country: string;
  hostParty: string;
  convenedBy: string | null;
  agenda: AgendaItem[];
  attendees: Attendee[];
  createdBy: string | null;
  createdAt: string;
}

export interface Decision {
  id: string;
  meetingId: string;
  subject: string;
  /** Index in the meeting's agenda, when the decision answers an item of it. */
  agendaItem: number | null;
  rule: DecisionRule;
  adopted: boolean;
  blockedBy: string[];
  votes: PartyVote[];
  createdBy: string | null;
  createdAt: string;
}

/** One version of a meeting's procès-verbal. */
export interface Minutes {
  id: string;
  meetingId: string;
  conventionId: string;
  version: number;
  /** Sanitised Markdown. */
  text: string;
  createdOn: IsoDate;
  circulatedOn: IsoDate | null;
  signatures: Array<MinutesSignature & { recordedBy: string | null }>;
  supersededAt: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type FileKind =
  | 'minutes'
  | 'evaluation'
  | 'signed_text'
  | 'deliberation'
  | 'prefecture_acknowledgment'
  | 'governor_visa'
  | 'other';
export const DOCUMENT_KINDS: readonly FileKind[] = [
  'signed_text',
  'deliberation',
  'prefecture_acknowledgment',
  'governor_visa',
  'other',
];

/** A stored PDF (attachment of minutes or an evaluation, or a document of the convention). */
export interface StoredFile {
  id: string;
  conventionId: string;
  kind: FileKind;
  minutesId: string | null;
  evaluationId: string | null;
  title: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface ActionPlanItem {
  axis: string;
  action: string;
  leadParty: string;
  budget?: number | null;
  currency?: string | null;
  coFinancing?: Array<{ source: string; amount?: number | null; currency?: string | null }>;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
}
export const ACTION_STATUSES: readonly ActionPlanItem['status'][] = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
];

/** Programme d'actions annuel, validated by the committee. */
export interface ActionPlan {
  id: string;
  conventionId: string;
  year: number;
  meetingId: string | null;
  validatedOn: IsoDate;
  items: ActionPlanItem[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Indicator {
  name: string;
  target?: string | null;
  value?: string | null;
}

export interface Evaluation {
  id: string;
  conventionId: string;
  meetingId: string | null;
  presentedOn: IsoDate;
  period: { from: IsoDate; to: IsoDate };
  indicators: Indicator[];
  findings: string;
  /** Due dates of the evaluation deadlines it satisfied. */
  settles: IsoDate[];
  createdBy: string | null;
  createdAt: string;
}

/** Avenant. */
export interface Amendment {
  id: string;
  conventionId: string;
  number: number;
  title: string | null;
  text: string;
  changes: ClauseChanges;
  proposedOn: IsoDate;
  approvals: Array<AmendmentApproval & { recordedBy: string | null }>;
  createdBy: string | null;
  createdAt: string;
}

export interface Deliberation {
  party: string;
  on: IsoDate;
  ref?: string | null;
}

export interface RenewalDecision {
  id: string;
  conventionId: string;
  kind: RenewalDecisionKind;
  decidedOn: IsoDate;
  /** The party that sent a notice of termination. */
  party: string | null;
  deliberations: Deliberation[];
  newTermMonths: number | null;
  lastDayInForceBefore: IsoDate | null;
  lastDayInForceAfter: IsoDate | null;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type GovernanceResource = 'meeting' | 'minutes' | 'amendment' | 'action_plan' | 'evaluation' | 'file';

/** A deadline closed by a governance record: written to deadline_records like an officer's record. */
export type DeadlineSettlement = Pick<
  DeadlineRecord,
  'kind' | 'dueOn' | 'state' | 'doneOn' | 'note' | 'reason'
>;

/**
 * The writes of one governance change, inside one transaction that holds the convention's row
 * lock: reads are fresh, concurrent changes to the same convention wait, every write is audited
 * with the actor, and nothing is half-written.
 */
export interface GovernanceTransaction {
  convention(): Promise<StoredConvention>;
  facts(): Promise<GovernanceFacts>;
  meetings(): Promise<Meeting[]>;
  deadlineRecords(): Promise<DeadlineRecord[]>;
  amendment(id: string): Promise<Amendment | null>;
  amendments(): Promise<Amendment[]>;
  minutes(id: string): Promise<Minutes | null>;
  minutesOf(meetingId: string): Promise<Minutes[]>;
  decisionsOf(meetingId: string): Promise<Decision[]>;
  actionPlan(year: number): Promise<ActionPlan | null>;
  evaluation(id: string): Promise<Evaluation | null>;
  evaluations(): Promise<Evaluation[]>;
  renewalDecisions(): Promise<RenewalDecision[]>;
  files(): Promise<StoredFile[]>;
  fileBySha(
    owner: { kind: FileKind; minutesId?: string | null; evaluationId?: string | null },
    sha256: string,
  ): Promise<StoredFile | null>;

  insertMeeting(meeting: Omit<Meeting, 'id' | 'createdBy' | 'createdAt'>): Promise<Meeting>;
  insertDecision(decision: Omit<Decision, 'id' | 'createdBy' | 'createdAt'>): Promise<Decision>;
  insertMinutes(
    minutes: Pick<Minutes, 'meetingId' | 'version' | 'text' | 'createdOn' | 'circulatedOn'>,
  ): Promise<Minutes>;
  updateMinutes(id: string, change: { text?: string; circulatedOn?: IsoDate | null }): Promise<Minutes>;
  supersedeMinutes(id: string): Promise<void>;
  addSignature(minutesId: string, signature: MinutesSignature): Promise<Minutes>;
  insertFile(
    file: Omit<StoredFile, 'id' | 'uploadedBy' | 'uploadedAt' | 'size' | 'sha256' | 'conventionId'>,
    content: Buffer,
  ): Promise<StoredFile>;
  saveActionPlan(plan: Pick<ActionPlan, 'year' | 'meetingId' | 'validatedOn' | 'items'>): Promise<ActionPlan>;
  insertEvaluation(
    evaluation: Omit<Evaluation, 'id' | 'conventionId' | 'createdBy' | 'createdAt'>,
  ): Promise<Evaluation>;
  insertAmendment(
    amendment: Pick<Amendment, 'title' | 'text' | 'changes' | 'proposedOn'>,
  ): Promise<Amendment>;
  addApproval(amendmentId: string, approval: AmendmentApproval): Promise<Amendment>;
  insertRenewalDecision(
    decision: Omit<RenewalDecision, 'id' | 'conventionId' | 'createdBy' | 'createdAt'>,
  ): Promise<RenewalDecision>;
  /** Writes (or overwrites) the record of a deadline, audited like an officer's record. */
  settleDeadline(settlement: DeadlineSettlement): Promise<DeadlineRecord>;
  /** Replaces the convention document (the update path: derived columns, deadlines, audit). */
  replaceConvention(doc: ConventionToStore, derived: ConventionDerivedColumns): Promise<StoredConvention>;
  /** Replaces the convention's materialised deadlines, and its stored start and end (amended term). */
  rematerialise(
    materialised: Pick<ConventionDerivedColumns, 'deadlines' | 'deadlinesUntil' | 'startsOn' | 'endsOn'>,
  ): Promise<void>;
}

export abstract class GovernanceRepository extends GovernanceReader {
  /** The convention a governance record belongs to; null when there is no such record. */
  abstract conventionOf(resource: GovernanceResource, id: string): Promise<string | null>;
  /** Runs `work` in one transaction holding the convention's row lock, auditing writes as `actor`. */
  abstract transaction<T>(
    conventionId: string,
    actor: Actor,
    work: (tx: GovernanceTransaction) => Promise<T>,
  ): Promise<T>;

  abstract meetings(conventionId: string): Promise<Meeting[]>;
  abstract meeting(id: string): Promise<Meeting | null>;
  abstract decisionsOf(meetingId: string): Promise<Decision[]>;
  abstract minutes(id: string): Promise<Minutes | null>;
  abstract minutesOf(meetingId: string): Promise<Minutes[]>;
  abstract amendments(conventionId: string): Promise<Amendment[]>;
  abstract amendment(id: string): Promise<Amendment | null>;
  abstract actionPlans(conventionId: string): Promise<ActionPlan[]>;
  abstract actionPlan(id: string): Promise<ActionPlan | null>;
  abstract evaluations(conventionId: string): Promise<Evaluation[]>;
  abstract evaluation(id: string): Promise<Evaluation | null>;
  abstract renewalDecisions(conventionId: string): Promise<RenewalDecision[]>;
  abstract files(
    conventionId: string,
    owner?: { minutesId?: string; evaluationId?: string; documentsOnly?: boolean },
  ): Promise<StoredFile[]>;
  abstract file(id: string): Promise<(StoredFile & { content: Buffer }) | null>;
}
