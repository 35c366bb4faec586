import { Injectable } from '@nestjs/common';
import {
  addDays,
  calendarDateIn,
  daysBetween,
  DEFAULT_REMINDER_POLICY,
  IsoDate,
  sweepReason,
} from '@passerelle/domain';
import { ClockPort } from '../ports/clock';
import { ReminderRepository } from '../ports/reminder.repository';
import { planDueReminders } from './plan-due-reminders';

/**
 * With no sweep recorded yet, look back as far as a step can still be owed (the longest lead time,
 * then a year of overdue steps): the first sweep of an installation gives every open deadline its
 * current step, as a write would. (A 31-day look-back lost the J-180 of a deadline created more
 * than 31 days before the first sweep: found by the exactly-once property.)
 */
export function firstSweepLookbackDays(leadDaysInUse: number[]): number {
  const policy = DEFAULT_REMINDER_POLICY;
  const leads = [...Object.values(policy.leadDays).flat(), ...leadDaysInUse];
  return Math.max(...leads) + policy.overdueForDays + 1;
}

/**
 * Turns the reminders that have fallen due into rows (unique per deadline, step and recipient).
 * Only deadlines with a step on a day between the last sweep and now — each in its convention's
 * own time zone — are read: a second sweep the same day reads nothing.
 */
@Injectable()
export class SweepRemindersUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(): Promise<{ created: number; skipped: boolean }> {
    const now = this.clock.now();
    const result = await this.reminders.sweep(async ({ lastSweptAt, zones, load, leadDaysInUse }) => {
      const wanted = new Map<string, Set<IsoDate>>();
      for (const zone of zones) {
        const today = calendarDateIn(now, zone);
        const since = lastSweptAt
          ? calendarDateIn(lastSweptAt, zone)
          : addDays(today, -firstSweepLookbackDays(leadDaysInUse));
        if (since < today) wanted.set(zone, new Set(candidateDueDates(since, today, leadDaysInUse)));
      }
      if (wanted.size === 0) return { reminders: [], sweptAt: now };
      const dates = new Set([...wanted.values()].flatMap((zoneDates) => [...zoneDates]));
      const { deadlines, recipients } = await load([...dates].sort());
      const reminders = deadlines
        .filter((deadline) => wanted.get(deadline.timeZone)?.has(deadline.dueOn))
        .flatMap((deadline) => {
          // "The service was down" only for a step whose day no sweep covered.
          const lastSweptDay = lastSweptAt ? calendarDateIn(lastSweptAt, deadline.timeZone) : null;
          return planDueReminders(deadline, recipients.get(deadline.conventionId) ?? [], now, (day, today) =>
            sweepReason(day, today, lastSweptDay),
          );
        });
      return { reminders, sweptAt: now };
    });
    return result ? { created: result.created, skipped: false } : { created: 0, skipped: true };
  }
}

/** Every due date that has a reminder step on a day in (since, today]. */
export function candidateDueDates(since: IsoDate, today: IsoDate, leadDaysInUse: number[]): IsoDate[] {
  const policy = DEFAULT_REMINDER_POLICY;
  const leads = new Set([...Object.values(policy.leadDays).flat(), ...leadDaysInUse]);
  const overdue = new Set(policy.overdueDays);
  const lastFixed = Math.max(...policy.overdueDays);
  for (
    let day = lastFixed + policy.overdueEveryDays;
    day <= policy.overdueForDays;
    day += policy.overdueEveryDays
  )
    overdue.add(day);
  const dates = new Set<IsoDate>();
  const span = daysBetween(since, today);
  for (let offset = 1; offset <= span; offset += 1) {
    const day = addDays(since, offset);
    for (const lead of leads) dates.add(addDays(day, lead));
    for (const late of overdue) dates.add(addDays(day, -late));
  }
  return [...dates].sort();
}
