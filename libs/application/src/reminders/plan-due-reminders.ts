import {
  addDays,
  calendarDateIn,
  IsoDate,
  isEscalated,
  nextMonday,
  ownerRelation,
  ReminderReason,
  receivesReminder,
  resolveReminderPolicy,
  sendInstant,
  stepToSend,
  writeReason,
} from '@passerelle/domain';
import { NewReminder, OpenDeadline, ReminderRecipient } from '../ports/reminder.repository';

/**
 * The reminder rows due now about one open deadline: for each recipient, the latest step whose
 * day has come in the convention's zone (a catch-up with the true days left when its day has
 * passed). The sweep calls it for the deadlines whose step fell since the last sweep; every write
 * that creates or moves a deadline, or changes who follows it, calls it for that convention in
 * its own transaction. Rows are unique per (deadline, step, recipient), so calling it again is
 * harmless. An organization's own deadline (apd_declaration) goes to that organization's users only.
 */
/** Why a write schedules (a catch-up says so), or the sweep's own reasoning from the step's day. */
export type ReasonOf = ReminderReason | ((stepDay: IsoDate, today: IsoDate) => ReminderReason);

export function planDueReminders(
  deadline: OpenDeadline,
  recipients: ReminderRecipient[],
  now: Date,
  why: ReasonOf,
): NewReminder[] {
  const today = calendarDateIn(now, deadline.timeZone);
  return recipients.flatMap((recipient) => {
    // An organization's own deadline is its users' alone, not the partners' on the same convention.
    if (deadline.organizationId && recipient.organizationId !== deadline.organizationId) return [];
    const policy = resolveReminderPolicy(recipient.organizationPolicy, deadline.conventionPolicy);
    const step = stepToSend(deadline.kind, deadline.dueOn, today, policy);
    if (!step) return [];
    const escalation = isEscalated(step, policy);
    // The owner first; every follower (viewers and admins too) from the escalation step on.
    const owner = (recipient.organizationId && deadline.owners?.[recipient.organizationId]) || null;
    const member = {
      role: recipient.role,
      // An organization's deadline is its own duty: no convention's mute reaches it (issue 18).
      following: recipient.following || Boolean(deadline.organizationId),
      owner: ownerRelation(recipient.userId, owner),
    };
    if (!receivesReminder(member, escalation)) return [];
    // A catch-up leaves at today's 08:00 (or now, if that passed), not at its missed step's: the
    // rows due to one person at one moment go out together, and its retry window starts today.
    const reason = typeof why === 'function' ? why(step.sendOn, today) : writeReason(step.catchUp, why);
    const sendDay = recipient.digest
      ? nextMonday(maxDay(step.sendOn, today))
      : reason === 'onboarding'
        ? nextSendingDay(now, recipient.timeZone)
        : maxDay(step.sendOn, today);
    return [
      {
        conventionId: deadline.conventionId,
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        step: step.key,
        recipientId: recipient.userId,
        escalation,
        byEscalation: escalation && !receivesReminder(member, false),
        catchUp: step.catchUp,
        reason,
        daysLeft: step.daysLeft,
        digest: recipient.digest,
        sendAt: sendInstant(sendDay, recipient.timeZone),
      },
    ];
  });
}

/**
 * What a write schedules: the steps due now and, when the clock stands behind the last sweep (it
 * was set back), the steps due at the sweep's instant too, since the sweep has already read those
 * days, before this deadline or follower existed (found by the exactly-once property). A step
 * planned twice is one row: the rows are unique per deadline, step and recipient.
 */
export function planRemindersOnWrite(
  deadline: OpenDeadline,
  recipients: ReminderRecipient[],
  now: Date,
  lastSweptAt: Date | null,
  why: ReminderReason,
): NewReminder[] {
  const due = planDueReminders(deadline, recipients, now, why);
  if (!lastSweptAt || lastSweptAt <= now) return due;
  const seen = new Set(due.map((reminder) => `${reminder.step}|${reminder.recipientId}`));
  const ahead = planDueReminders(deadline, recipients, lastSweptAt, why).filter(
    (reminder) => !seen.has(`${reminder.step}|${reminder.recipientId}`),
  );
  return [...due, ...ahead];
}

/**
 * A person onboarded (a new account, links accepted one after another, an import) is welcomed at
 * their next 08:00: today's if it has not come yet, else tomorrow's, so that one day's onboarding
 * makes one mail.
 */
function nextSendingDay(now: Date, timeZone: string): IsoDate {
  const today = calendarDateIn(now, timeZone);
  return now < sendInstant(today, timeZone) ? today : addDays(today, 1);
}

function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
