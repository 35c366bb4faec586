import { components } from './api.generated';

type Schemas = components['schemas'];

/*
 * A committee meeting, its decisions and minutes as GET /api/meetings/:id describes them in the
 * OpenAPI document (generated types, api.generated.ts): a change of the API's answer that the
 * app does not follow fails `npm run build:web`.
 */
export type MeetingDetail = Schemas['MeetingDetailDto'];
/** A meeting as the convention's list of meetings answers it (the detail less decisions and minutes). */
export type Meeting = Omit<MeetingDetail, 'decisions' | 'minutes'>;
export type Attendee = Schemas['AttendeeViewDto'];
export type AgendaItem = Schemas['AgendaItemViewDto'];
export type Decision = Schemas['DecisionViewDto'];
export type Minutes = Schemas['MinutesViewDto'];
/** What the log form sends (POST /api/conventions/:id/meetings) and the correction form (PATCH /api/meetings/:id). */
export type LogMeetingBody = Schemas['LogMeetingDto'];
export type UpdateMeetingBody = Schemas['UpdateMeetingDto'];

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
