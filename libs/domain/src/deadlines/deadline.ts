import { ClauseKind, ClauseSource } from '../clauses/clauses';
import { IsoDate } from '../shared/calendar-date';

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

/** `lapsed`: a renewal notice whose day passed with none given (the convention renewed). */
export type DeadlineStatus = 'upcoming' | 'due' | 'overdue' | 'done' | 'waived' | 'lapsed';
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = [
  'upcoming',
  'due',
  'overdue',
  'done',
  'waived',
  'lapsed',
];

export interface Deadline {
  kind: DeadlineKind;
  dueOn: IsoDate;
  /** Stable identity `${kind}:${dueOn}`: there is one deadline per kind and date. */
  key: string;
  /** The clause's article and quote, to show officers where the obligation comes from. */
  source: ClauseSource | null;
  clause: ClauseKind | null;
  /** The term it belongs to; null for calendar-year obligations. */
  termIndex: number | null;
  /** committee_meeting: the part of the year a meeting must be held in; action_plan: the plan's year. */
  period?: { from: IsoDate; to: IsoDate };
  /** action_plan: the year the plan is for. */
  planYear?: number;
}

export function deadlineKey(kind: DeadlineKind, dueOn: IsoDate): string {
  return `${kind}:${dueOn}`;
}
