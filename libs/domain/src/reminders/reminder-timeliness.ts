import { daysBetween, IsoDate } from '../shared/calendar-date';

/**
 * What becomes of a reminder about to leave later than planned (a long SMTP outage, a scheduler
 * down): a step announcing a date ("J-30") is never sent once that date has passed — it is
 * dropped, and a task still open gets its overdue steps from the sweep instead; otherwise it
 * goes, saying how many days really remain (or how late it is) today, as a catch-up if that
 * differs from its planned day.
 */
export function timelinessAtSend(
  reminder: { step: string; dueOn: IsoDate; daysLeft: number; catchUp: boolean },
  today: IsoDate,
): { send: false } | { send: true; daysLeft: number; catchUp: boolean } {
  const daysLeft = daysBetween(today, reminder.dueOn);
  if (reminder.step.startsWith('lead:') && daysLeft < 0) return { send: false };
  return { send: true, daysLeft, catchUp: reminder.catchUp || daysLeft !== reminder.daysLeft };
}
