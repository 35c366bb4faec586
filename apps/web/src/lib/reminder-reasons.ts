import { Reminder } from './types';

/**
 * Why a reminder exists (issue 19), in the words its mail uses: on time, a welcome, a catch-up's
 * real reason; then, when its recipient gets it only because the task is late past the escalation
 * point (a viewer, an admin, an officer who is not the owner), that too.
 */
export function reminderReasons(
  row: Pick<Reminder, 'reason' | 'byEscalation'>,
  t: (key: string, params?: Record<string, string | number>) => string,
): string[] {
  const reasons = [t(`reminders.reason.${row.reason}`)];
  if (row.byEscalation) reasons.push(t('reminders.by_escalation'));
  return reasons;
}
