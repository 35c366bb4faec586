import { OutgoingMail } from '../ports/mailer';
import { ClaimedReminder, FollowedConvention } from '../ports/reminder.repository';
import { ReminderLinks, ReminderMailComposer, ReminderMailItem } from './reminder-mail';

/**
 * The one mail for the rows claimed together (one person, one sending moment): a digest reader's
 * week, a welcome when any row onboards the person, a single reminder alone, else one mail
 * holding every deadline, overdue first (most late first), then by date.
 */
export function composeReminderMail(
  composer: ReminderMailComposer,
  live: ClaimedReminder[],
  links: Map<string, ReminderLinks>,
  following: Array<FollowedConvention & { link: string }> | null,
  unfollowAll: string | null,
): OutgoingMail {
  // Two steps of one deadline in one mail (a welcome's catch-up and the next morning's step) are
  // one item: the step on its day, else the first; both rows leave with this mail.
  const byDeadline = new Map<string, ClaimedReminder>();
  for (const reminder of [...live].sort((a, b) => Number(a.catchUp) - Number(b.catchUp))) {
    const key = `${reminder.conventionId}|${reminder.kind}|${reminder.dueOn}`;
    if (!byDeadline.has(key)) byDeadline.set(key, reminder);
  }
  const items: ReminderMailItem[] = [...byDeadline.values()]
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((reminder) => ({ reminder, links: links.get(reminder.id) as ReminderLinks }));
  const user = live[0].recipientUser;
  const recipient = {
    email: user.email,
    name: user.name,
    language: user.language,
    organizationName: user.organizationName ?? null,
  };
  const overdue = items.filter((item) => item.reminder.daysLeft < 0).length;
  if (live.some((reminder) => reminder.digest)) return composer.digest(recipient, items, unfollowAll);
  if (following) return composer.welcome({ recipient, following, items, overdue, unfollow: unfollowAll });
  if (items.length === 1) return composer.reminder(items[0].reminder, items[0].links);
  return composer.grouped({ recipient, items, overdue, unfollow: unfollowAll });
}
