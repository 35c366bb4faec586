import { Injectable } from '@nestjs/common';
import {
  addDays,
  calendarDateIn,
  daysBetween,
  DEFAULT_REMINDER_POLICY,
  IsoDate,
  isEscalated,
  nextMonday,
  ownerRelation,
  receivesReminder,
  resolveReminderPolicy,
  sendInstant,
  stepToSend,
} from '@passerelle/domain';
import { ClockPort } from '../ports/clock';
import {
  NewReminder,
  OpenDeadline,
  ReminderRecipient,
  ReminderRepository,
} from '../ports/reminder.repository';

/** With no sweep recorded yet, look back this far for reminders that should already have gone. */
const FIRST_SWEEP_LOOKBACK_DAYS = 31;

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
          : addDays(today, -FIRST_SWEEP_LOOKBACK_DAYS);
        if (since < today) wanted.set(zone, new Set(candidateDueDates(since, today, leadDaysInUse)));
      }
      if (wanted.size === 0) return { reminders: [], sweptAt: now };
      const dates = new Set([...wanted.values()].flatMap((zoneDates) => [...zoneDates]));
      const { deadlines, recipients } = await load([...dates].sort());
      const reminders = deadlines
        .filter((deadline) => wanted.get(deadline.timeZone)?.has(deadline.dueOn))
        .flatMap((deadline) => plan(deadline, recipients.get(deadline.conventionId) ?? [], now));
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

function plan(deadline: OpenDeadline, recipients: ReminderRecipient[], now: Date): NewReminder[] {
  const today = calendarDateIn(now, deadline.timeZone);
  return recipients.flatMap((recipient) => {
    const policy = resolveReminderPolicy(recipient.organizationPolicy, deadline.conventionPolicy);
    const step = stepToSend(deadline.kind, deadline.dueOn, today, policy);
    if (!step) return [];
    const escalation = isEscalated(step, policy);
    // The owner first; every follower (viewers and admins too) from the escalation step on.
    const owner = (recipient.organizationId && deadline.owners?.[recipient.organizationId]) || null;
    const member = {
      role: recipient.role,
      following: recipient.following,
      owner: ownerRelation(recipient.userId, owner),
    };
    if (!receivesReminder(member, escalation)) return [];
    const sendDay = recipient.digest ? nextMonday(maxDay(step.sendOn, today)) : step.sendOn;
    return [
      {
        conventionId: deadline.conventionId,
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        step: step.key,
        recipientId: recipient.userId,
        escalation,
        catchUp: step.catchUp,
        daysLeft: step.daysLeft,
        digest: recipient.digest,
        sendAt: sendInstant(sendDay, recipient.timeZone),
      },
    ];
  });
}

function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
