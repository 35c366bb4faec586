import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, calendarDateIn } from '@passerelle/domain';
import { newSecretToken } from '../accounts/secret-token';
import { AUTH_SETTINGS, AuthSettings } from '../accounts/auth.use-cases';
import { ClockPort } from '../ports/clock';
import { Mailer } from '../ports/mailer';
import { ClaimedReminder, DeliveryOutcome, ReminderRepository } from '../ports/reminder.repository';
import { ReminderLinks, ReminderMailComposer } from './reminder-mail';

export const MAX_ATTEMPTS = 5;
const BATCH = 200;
/** Mails in flight at once; the SMTP transport pools its connections. */
const PARALLEL_SENDS = 16;
const MARK_DONE_LINK_DAYS = 60;

/** Exponential backoff: 1, 2, 4, 8 minutes, then `failed` and the admins are told. */
export function nextAttempt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + 2 ** Math.max(0, attempts - 1) * 60_000);
}

@Injectable()
export class DispatchRemindersUseCase {
  private readonly logger = new Logger(DispatchRemindersUseCase.name);

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly mailer: Mailer,
    private readonly composer: ReminderMailComposer,
    private readonly clock: ClockPort,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute(
    maxBatches = 1000,
  ): Promise<{ sent: number; retried: number; failed: number; cancelled: number }> {
    const totals = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const now = this.clock.now();
      const outcomes = await this.reminders.dispatch(now, BATCH, (claimed) => this.deliver(claimed, now));
      for (const outcome of outcomes) {
        if (outcome.result === 'retry') totals.retried += 1;
        else totals[outcome.result] += 1;
      }
      const failed = outcomes.filter((outcome) => outcome.result === 'failed');
      if (failed.length) await this.tellAdmins(failed);
      if (outcomes.length < BATCH) break;
    }
    return totals;
  }

  private async deliver(claimed: ClaimedReminder[], now: Date): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    const live: ClaimedReminder[] = [];
    for (const reminder of claimed) {
      // Done, waived, deleted, or the recipient stopped following since the sweep.
      const stale = !reminder.deadline || (!reminder.recipientUser.following && !reminder.escalation);
      if (stale) outcomes.push({ id: reminder.id, result: 'cancelled' });
      else live.push(reminder);
    }
    const immediate = live.filter((reminder) => !reminder.digest);
    const digests = new Map<string, ClaimedReminder[]>();
    for (const reminder of live.filter((item) => item.digest)) {
      digests.set(reminder.recipientUser.userId, [
        ...(digests.get(reminder.recipientUser.userId) ?? []),
        reminder,
      ]);
    }
    // Every link of the batch minted first, stored in one statement.
    const tokens: Parameters<ReminderRepository['createActionTokens']>[0] = [];
    const links = new Map(live.map((reminder) => [reminder.id, this.links(reminder, now, tokens)]));
    await this.reminders.createActionTokens(tokens);
    const jobs: Array<() => Promise<DeliveryOutcome[]>> = [
      ...immediate.map(
        (reminder) => () =>
          this.send(
            this.composer.reminder(reminder, links.get(reminder.id) as ReminderLinks),
            [reminder],
            now,
          ),
      ),
      ...[...digests.values()].map((group) => () => {
        const items = group.map((reminder) => ({ reminder, links: links.get(reminder.id) as ReminderLinks }));
        return this.send(
          this.composer.digest(group[0].recipientUser, items, items[0].links.unfollow),
          group,
          now,
        );
      }),
    ];
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) outcomes.push(...(await jobs[next++]()));
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, jobs.length) }, worker));
    return outcomes;
  }

  private async send(
    mail: ReturnType<ReminderMailComposer['reminder']>,
    reminders: ClaimedReminder[],
    now: Date,
  ): Promise<DeliveryOutcome[]> {
    try {
      const messageId = await this.mailer.send(mail);
      return reminders.map((reminder) => ({ id: reminder.id, result: 'sent' as const, messageId }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reminders.map((reminder) =>
        reminder.attempts + 1 >= MAX_ATTEMPTS
          ? { id: reminder.id, result: 'failed' as const, error: message }
          : {
              id: reminder.id,
              result: 'retry' as const,
              error: message,
              nextAttemptAt: nextAttempt(now, reminder.attempts + 1),
            },
      );
    }
  }

  private links(
    reminder: ClaimedReminder,
    now: Date,
    tokens: Parameters<ReminderRepository['createActionTokens']>[0],
  ): ReminderLinks {
    const base = this.settings.publicUrl;
    // A viewer reads only: a "mark as done" link would be spent and record nothing.
    const markDone = reminder.recipientUser.role === 'viewer' ? null : newSecretToken('done');
    const unfollow = newSecretToken('unf');
    const common = { userId: reminder.recipientUser.userId, conventionId: reminder.conventionId };
    const today = calendarDateIn(now, reminder.recipientUser.timeZone);
    if (markDone) {
      tokens.push({
        ...common,
        hash: markDone.hash,
        purpose: 'mark_done',
        kind: reminder.kind,
        dueOn: reminder.dueOn,
        expiresAt: new Date(`${addDays(today, MARK_DONE_LINK_DAYS)}T00:00:00Z`),
      });
    }
    tokens.push({
      ...common,
      hash: unfollow.hash,
      purpose: 'unfollow',
      kind: null,
      dueOn: null,
      expiresAt: new Date(`${addDays(today, 366)}T00:00:00Z`),
    });
    return {
      convention: `${base}/conventions/${reminder.conventionId}`,
      markDone: markDone && `${base}/api/deadline-actions/${encodeURIComponent(markDone.token)}`,
      unfollow: `${base}/api/reminders/unfollow/${encodeURIComponent(unfollow.token)}`,
    };
  }

  private async tellAdmins(failed: DeliveryOutcome[]): Promise<void> {
    const admins = await this.reminders.admins();
    const rows = await this.reminders.list({ status: 'failed', limit: 500 });
    for (const outcome of failed) {
      const reminder = rows.find((row) => row.id === outcome.id);
      if (!reminder) continue;
      for (const admin of admins) {
        try {
          await this.mailer.send(this.composer.deliveryFailed(admin, reminder, outcome.error ?? ''));
        } catch (error) {
          this.logger.error(
            `could not tell ${admin.email} about failed reminder ${outcome.id}: ${String(error)}`,
          );
        }
      }
    }
  }
}
