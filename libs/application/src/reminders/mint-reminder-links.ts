import { addDays, calendarDateIn } from '@passerelle/domain';
import { newSecretToken } from '../accounts/secret-token';
import { ClaimedReminder, FollowedConvention, ReminderRepository } from '../ports/reminder.repository';
import { ReminderLinks } from './reminder-mail';

const MARK_DONE_LINK_DAYS = 60;
const UNFOLLOW_LINK_DAYS = 366;

type NewToken = Parameters<ReminderRepository['createActionTokens']>[0][number];

export interface MintedLinks {
  /** Each row's own links (mark done, stop this convention). */
  links: Map<string, ReminderLinks>;
  /**
   * The one-click List-Unsubscribe of a mail about several deadlines (grouped, welcome, digest):
   * it stops every convention the mail names; null for a single reminder (its row's link does)
   * or when the mail names none (only organization deadlines, which no mute reaches: issue 18).
   */
  unfollowAll: string | null;
  tokens: NewToken[];
}

/** The links of the mail made of `live` (one person, one sending moment), and the tokens behind them. */
export function mintReminderLinks(
  base: string,
  live: ClaimedReminder[],
  following: FollowedConvention[] | null,
  now: Date,
): MintedLinks {
  const tokens: NewToken[] = [];
  const user = live[0].recipientUser;
  const today = calendarDateIn(now, user.timeZone);
  const unfollow = (conventionId: string, conventionIds?: string[]) => {
    const secret = newSecretToken('unf');
    tokens.push({
      hash: secret.hash,
      purpose: 'unfollow',
      userId: user.userId,
      conventionId,
      kind: null,
      dueOn: null,
      expiresAt: new Date(`${addDays(today, UNFOLLOW_LINK_DAYS)}T00:00:00Z`),
      conventionIds,
    });
    return `${base}/api/reminders/unfollow/${encodeURIComponent(secret.token)}`;
  };
  const links = new Map<string, ReminderLinks>();
  for (const reminder of live) {
    // A viewer reads only: a "mark as done" link would be spent and record nothing.
    const markDone = user.role === 'viewer' ? null : newSecretToken('done');
    if (markDone)
      tokens.push({
        hash: markDone.hash,
        purpose: 'mark_done',
        userId: user.userId,
        conventionId: reminder.conventionId,
        kind: reminder.kind,
        dueOn: reminder.dueOn,
        expiresAt: new Date(`${addDays(today, MARK_DONE_LINK_DAYS)}T00:00:00Z`),
      });
    links.set(reminder.id, {
      convention: `${base}/conventions/${reminder.conventionId}`,
      markDone: markDone && `${base}/api/deadline-actions/${encodeURIComponent(markDone.token)}`,
      // An organization's deadline is muted by no convention: no link that would mute one.
      unfollow: reminder.deadline?.organizationId ? null : unfollow(reminder.conventionId),
    });
  }
  // The conventions the mail names: its deadlines' (not an organization's), and a welcome's list.
  const named = new Set(
    live.filter((reminder) => !reminder.deadline?.organizationId).map((reminder) => reminder.conventionId),
  );
  for (const convention of following ?? []) named.add(convention.conventionId);
  const deadlines = new Set(
    live.map((reminder) => `${reminder.conventionId}|${reminder.kind}|${reminder.dueOn}`),
  );
  const several = deadlines.size > 1 || following !== null || live.some((reminder) => reminder.digest);
  const ids = [...named].sort();
  return { links, tokens, unfollowAll: several && ids.length > 0 ? unfollow(ids[0], ids) : null };
}
