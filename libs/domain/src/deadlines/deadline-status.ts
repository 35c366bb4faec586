import { daysBetween, IsoDate } from '../shared/calendar-date';
import { DeadlineKind, DeadlineStatus } from './deadline';

/** A deadline becomes `due` this many days before its date. */
export const DUE_SOON_DAYS = 30;

/** What officers recorded about a deadline. */
export interface DeadlineRecord {
  state: 'done' | 'waived';
}

export function deadlineStatus(
  dueOn: IsoDate,
  today: IsoDate,
  record?: DeadlineRecord | null,
  dueSoonDays: number = DUE_SOON_DAYS,
): DeadlineStatus {
  if (record) return record.state;
  if (today > dueOn) return 'overdue';
  return daysBetween(today, dueOn) <= dueSoonDays ? 'due' : 'upcoming';
}

/**
 * Expiry and tacit renewal are events, not tasks: nobody can be late for them, so once their day
 * has passed they are `done` by themselves (and never trigger overdue reminders).
 */
export const EVENT_KINDS: readonly DeadlineKind[] = ['expiry', 'tacit_renewal', 'prefecture_review'];

/**
 * A renewal notice is an option, not a duty: once its day has passed without one, the convention
 * simply renews. It is then `lapsed`, never `overdue`, and no late reminder follows it.
 */
export const LAPSING_KINDS: readonly DeadlineKind[] = ['renewal_notice'];

export function statusOfDeadline(
  deadline: { kind: DeadlineKind; dueOn: IsoDate },
  today: IsoDate,
  record?: DeadlineRecord | null,
): DeadlineStatus {
  if (!record && EVENT_KINDS.includes(deadline.kind) && today > deadline.dueOn) return 'done';
  if (!record && LAPSING_KINDS.includes(deadline.kind) && today > deadline.dueOn) return 'lapsed';
  return deadlineStatus(deadline.dueOn, today, record);
}
