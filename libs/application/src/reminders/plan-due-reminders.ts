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
 * harmless. An organization's own deadline (apd_declaration) goes to that organization's users only.
 */
export function planDueReminders(
  deadline: OpenDeadline,
  recipients: ReminderRecipient[],
  now: Date,
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
