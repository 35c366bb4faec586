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
