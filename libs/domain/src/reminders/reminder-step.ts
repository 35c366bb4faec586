import { EVENT_KINDS, LAPSING_KINDS } from '../deadlines/deadline-status';
import { DeadlineKind } from '../deadlines/deadline';
import { addDays, daysBetween, IsoDate } from '../shared/calendar-date';
import { ReminderPolicy } from './reminder-policy';

/** One planned mail about a deadline: `lead:30` (J-30) or `overdue:7` (7 days late). */
export interface ReminderStep {
  key: string;
  sendOn: IsoDate;
  /** Days left (negative: days late) on the day the step is due. */
  daysLeft: number;
  overdue: boolean;
}

/** Every step of a deadline, in date order. */
export function reminderSteps(kind: DeadlineKind, dueOn: IsoDate, policy: ReminderPolicy): ReminderStep[] {
  const steps: ReminderStep[] = policy.leadDays[kind].map((lead) => ({
    key: `lead:${lead}`,
    sendOn: addDays(dueOn, -lead),
    daysLeft: lead,
    overdue: false,
  }));
  if (EVENT_KINDS.includes(kind) || LAPSING_KINDS.includes(kind))
    return steps.sort((a, b) => (a.sendOn < b.sendOn ? -1 : 1));
  const late = new Set(policy.overdueDays);
  const lastFixed = Math.max(...policy.overdueDays);
  for (
    let day = lastFixed + policy.overdueEveryDays;
    day <= policy.overdueForDays;
    day += policy.overdueEveryDays
  )
    late.add(day);
  for (const day of [...late].sort((a, b) => a - b)) {
    steps.push({ key: `overdue:${day}`, sendOn: addDays(dueOn, day), daysLeft: -day, overdue: true });
  }
  return steps.sort((a, b) => (a.sendOn < b.sendOn ? -1 : 1));
}

/**
 * The one step to send now about a deadline, if any: the latest step whose day has come. After a
 * downtime the missed ones collapse into it (a catch-up), and a lead step is never sent once the
 * date has passed ("J-30" after the date): only overdue steps apply then.
 * `daysLeft` is recomputed from today, so a late J-30 says how many days really remain.
 */
export function stepToSend(
  kind: DeadlineKind,
  dueOn: IsoDate,
  today: IsoDate,
  policy: ReminderPolicy,
): (ReminderStep & { catchUp: boolean }) | null {
  const due = reminderSteps(kind, dueOn, policy).filter(
    (step) => step.sendOn <= today && (step.overdue || today <= dueOn),
  );
  const latest = due.at(-1);
  if (!latest) return null;
  // Past the overdue period the last overdue step is not "current" for ever: nothing is owed.
  if (latest.overdue && today > addDays(dueOn, policy.overdueForDays)) return null;
  return { ...latest, catchUp: latest.sendOn < today, daysLeft: daysBetween(today, dueOn) };
}

/** Days of lateness from which the escalation recipients are added. */
export function isEscalated(step: ReminderStep, policy: ReminderPolicy): boolean {
  return step.overdue && -step.daysLeft >= policy.escalateAfterDays;
}
