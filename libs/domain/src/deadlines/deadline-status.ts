import { daysBetween, IsoDate } from '../shared/calendar-date';
import { DeadlineStatus } from './deadline';

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
