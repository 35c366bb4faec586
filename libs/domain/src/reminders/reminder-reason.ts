import { IsoDate } from '../shared/calendar-date';

/**
 * Why a reminder row exists now, so that its mail tells the truth. `on_time`: a step on its own
 * day. `onboarding`: the person just started following (new account, joined an organization, a
 * party link accepted, an import): these rows leave together as one welcome mail. The others are
 * catch-ups (a step whose day passed before it could be sent): the convention is new, the person
 * newly follows it (unmuted, named owner), its dates or lead times changed, or the sweep really
 * did not run on the step's day (`service_down`). `delivery_delayed`: scheduled on time, sent
 * late (SMTP outage). `late`: none of these is known (the first sweep of an installation).
 */
export type ReminderReason =
  | 'on_time'
  | 'onboarding'
  | 'new_convention'
  | 'newly_followed'
  | 'dates_changed'
  | 'service_down'
  | 'delivery_delayed'
  | 'late';

export const REMINDER_REASONS: readonly ReminderReason[] = [
  'on_time',
  'onboarding',
  'new_convention',
  'newly_followed',
  'dates_changed',
  'service_down',
  'delivery_delayed',
  'late',
];

/**
 * The reason of a row the sweep creates. A step on today's date is on time. A step whose day came
 * after the last sweep's day and before today fell in days when no sweep ran: the service was
 * down. A step whose day a sweep did cover was not owed then (the facts came later, by a path
 * that schedules nothing itself): late, without blaming the service. No sweep before: late.
 */
export function sweepReason(stepDay: IsoDate, today: IsoDate, lastSweptDay: IsoDate | null): ReminderReason {
  if (stepDay >= today) return 'on_time';
  if (lastSweptDay !== null && stepDay > lastSweptDay) return 'service_down';
  return 'late';
}

/**
 * The reason of a row a write schedules: its step on today's date is on time (unless the person
 * is being onboarded: the welcome mail carries it), an earlier step is a catch-up for the write's
 * reason.
 */
export function writeReason(catchUp: boolean, reason: ReminderReason): ReminderReason {
  if (reason === 'onboarding') return reason;
  return catchUp ? reason : 'on_time';
}
