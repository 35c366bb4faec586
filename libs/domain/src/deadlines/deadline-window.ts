import { IsoDate } from '../shared/calendar-date';

/** Inclusive range of due dates asked for: from ≤ dueOn ≤ to. */
export interface DeadlineWindow {
  from: IsoDate;
  to: IsoDate;
}
