import {
  calendarDateIn,
  IsoDate,
  isEscalated,
  nextMonday,
  ownerRelation,
  receivesReminder,
  resolveReminderPolicy,
  sendInstant,
  stepToSend,
} from '@passerelle/domain';
import { NewReminder, OpenDeadline, ReminderRecipient } from '../ports/reminder.repository';

/**
 * The reminder rows due now about one open deadline: for each recipient, the latest step whose
 * day has come in the convention's zone (a catch-up with the true days left when its day has
 * passed). The sweep calls it for the deadlines whose step fell since the last sweep; every write
 * that creates or moves a deadline, or changes who follows it, calls it for that convention in
 * its own transaction. Rows are unique per (deadline, step, recipient), so calling it again is
 * harmless.
 */
export function planDueReminders(
  deadline: OpenDeadline,
  recipients: ReminderRecipient[],
  now: Date,
): NewReminder[] {
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
): NewReminder[] {
  const due = planDueReminders(deadline, recipients, now);
  if (!lastSweptAt || lastSweptAt <= now) return due;
  const seen = new Set(due.map((reminder) => `${reminder.step}|${reminder.recipientId}`));
  const ahead = planDueReminders(deadline, recipients, lastSweptAt).filter(
    (reminder) => !seen.has(`${reminder.step}|${reminder.recipientId}`),
  );
  return [...due, ...ahead];
}

function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
