import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  calendarDateIn,
  classifyDeliveryError,
  retryAfterFailure,
  timelinessAtSend,
} from '@passerelle/domain';
import { AUTH_SETTINGS, AuthSettings } from '../accounts/auth.use-cases';
import { messageIdDomain, reminderMessageId } from './message-id';
import { ClockPort } from '../ports/clock';
import { Mailer, OutgoingMail } from '../ports/mailer';
import { ClaimedReminder, DeliveryOutcome, ReminderRepository } from '../ports/reminder.repository';
import { composeReminderMail } from './compose-reminder-mail';
import { mintReminderLinks } from './mint-reminder-links';
import { ReminderMailComposer } from './reminder-mail';
import { UnrecordedMails } from './unrecorded-mails';

/** Mails in flight at once, each in its own short transaction (a pooled SMTP connection each). */
export const DEFAULT_SEND_CONCURRENCY = 4;

export interface DispatchTotals {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

/**
 * Sends the reminders whose time has come, one mail per transaction and per person and sending
 * moment (several due rows go out as one mail, a person's onboarding as one welcome mail): claimed with SKIP LOCKED,
 * sent with a Message-ID fixed by the reminder rows, recorded, committed. A crash repeats at most
 * the mails in flight, each with the same Message-ID as its first copy. An outage (SMTP down,
 * silent, 4xx) stops the run after the mails in flight: the others wait for the next run instead
 * of each waiting out a timeout.
 */
@Injectable()
export class DispatchRemindersUseCase {
  private readonly logger = new Logger(DispatchRemindersUseCase.name);
  private stopping = false;
  private readonly running = new Set<Promise<unknown>>();
  /** Mails in flight at once (REMINDER_SEND_CONCURRENCY); ≤ the SMTP pool's connections. */
  concurrency = DEFAULT_SEND_CONCURRENCY;
  /** For the retry jitter; replaced in tests that need a fixed schedule. */
  random: () => number = Math.random;
  readonly listeners: Array<(outcome: DeliveryOutcome) => void> = [];
  /** Sent, not recorded: the database was lost before the commit (recorded before the next claim). */
  private readonly unrecorded = new UnrecordedMails();

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly mailer: Mailer,
    private readonly composer: ReminderMailComposer,
    private readonly clock: ClockPort,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /** Sends what is due, up to `maxMails` (all by default); resolves once every mail in flight is recorded. */
  async execute(maxMails = Number.POSITIVE_INFINITY): Promise<DispatchTotals> {
    const run = this.run(maxMails);
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
    }
  }

  /** SIGTERM: claim nothing more, finish and record the mails in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
    await this.unrecorded
      .record(this.reminders, this.listeners)
      .catch((error) => this.logger.error(`mails sent but not recorded at shutdown: ${String(error)}`));
  }

  private async run(maxMails: number): Promise<DispatchTotals> {
    const totals: DispatchTotals = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    // Before any claim: what left while the database was away (nothing is claimed until it is written).
    totals.sent += await this.unrecorded.record(this.reminders, this.listeners);
    let claimedMails = 0;
    let outage = false;
    let lost = false;
    const failed: DeliveryOutcome[] = [];
    const worker = async () => {
      while (!this.stopping && !outage && !lost && claimedMails < maxMails) {
        claimedMails += 1;
        const now = this.clock.now();
        let delivered: DeliveryOutcome[] = [];
        let outcomes: DeliveryOutcome[] | null;
        try {
          outcomes = await this.reminders.dispatchOne(
            now,
            async (claimed) => (delivered = await this.deliver(claimed, now)),
          );
        } catch (error) {
          // The database went away: the other workers stop too, and a mail already accepted by
          // the SMTP server is kept to be recorded first by the next run.
          lost = true;
          this.unrecorded.keep(delivered, now);
          throw error;
        }
        if (!outcomes) return;
        for (const outcome of outcomes) {
          if (outcome.result === 'retry') totals.retried += 1;
          else totals[outcome.result] += 1;
          if (outcome.result === 'failed') failed.push(outcome);
          if (outcome.failureKind === 'outage') outage = true;
          for (const listener of this.listeners) listener(outcome);
        }
      }
    };
    // Every worker ends before the run does (the next run must not claim beside one still going).
    const settled = await Promise.allSettled(Array.from({ length: Math.max(1, this.concurrency) }, worker));
    const broken = settled.find((result) => result.status === 'rejected');
    if (broken) throw broken.reason;
    // Mail flows again: what an outage failed earlier is queued again (the admins were told).
    if (totals.sent > 0 && !outage) {
      const requeued = await this.reminders.requeueOutages(this.clock.now());
      if (requeued > 0) this.logger.log(`${requeued} reminders failed by an outage queued again`);
    }
    if (failed.length) await this.tellAdmins(failed);
    return totals;
  }

  private async deliver(claimed: ClaimedReminder[], now: Date): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    const live: ClaimedReminder[] = [];
    for (const reminder of claimed) {
      // Done, waived, deleted, or the recipient stopped following since the sweep (a convention's
      // mute never reaches an organization's own deadline, issue 18).
      const muted =
        !reminder.recipientUser.following && !reminder.escalation && !reminder.deadline?.organizationId;
      const stale = !reminder.deadline || muted;
      if (stale) {
        outcomes.push({ id: reminder.id, result: 'cancelled' });
        continue;
      }
      const timely = timelinessAtSend(reminder, calendarDateIn(now, reminder.deadline!.timeZone));
      if (!timely.send) {
        // Its date has passed: not sent late as if on time (the overdue steps take over).
        outcomes.push({ id: reminder.id, result: 'cancelled', failureKind: 'passed' });
        continue;
      }
      // Scheduled on its day but leaving on a later one: the sending was delayed, nothing else.
      const reason =
        timely.catchUp && reminder.reason === 'on_time' ? ('delivery_delayed' as const) : reminder.reason;
      live.push({ ...reminder, daysLeft: timely.daysLeft, catchUp: timely.catchUp, reason });
    }
    if (live.length === 0) return outcomes;
    const onboarding = live.some((reminder) => reminder.reason === 'onboarding' && !reminder.digest);
    const following = onboarding
      ? (await this.reminders.followedBy(live[0].recipientUser.userId, now)).map((convention) => ({
          ...convention,
          link: `${this.settings.publicUrl}/conventions/${convention.conventionId}`,
        }))
      : null;
    const minted = mintReminderLinks(this.settings.publicUrl, live, following, now);
    await this.reminders.createActionTokens(minted.tokens);
    const composed = composeReminderMail(this.composer, live, minted.links, following, minted.unfollowAll);
    const messageId = reminderMessageId(
      live.map((reminder) => reminder.id),
      messageIdDomain(this.settings.publicUrl),
    );
    // Every row the mail carries, the one item of a deadline's two steps included (support can
    // trace a mail to its rows; the items name only what is shown).
    const headers = {
      ...composed.headers,
      'X-Passerelle-Reminders': live.map((reminder) => reminder.id).join(' '),
    };
    outcomes.push(...(await this.send({ ...composed, messageId, headers }, live, now)));
    return outcomes;
  }

  private async send(
    mail: OutgoingMail,
    reminders: ClaimedReminder[],
    now: Date,
  ): Promise<DeliveryOutcome[]> {
    try {
      const messageId = await this.mailer.send(mail);
      return reminders.map((reminder) => ({ id: reminder.id, result: 'sent' as const, messageId }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failure = classifyDeliveryError(error as { responseCode?: number; command?: string });
      // One decision for the whole mail, so that its rows are retried together (the same rows,
      // the same Message-ID), from the latest window start, so no row fails before its 48 hours.
      // A row's window opens at its send time, or at its first attempt when that came later (a
      // catch-up planned for a passed day; found by the fault suite).
      const windowStart = new Date(
        Math.max(
          ...reminders.map((reminder) =>
            reminder.retrySince
              ? Date.parse(reminder.retrySince)
              : reminder.attempts === 0
                ? Math.max(Date.parse(reminder.sendAt), now.getTime())
                : Date.parse(reminder.sendAt),
          ),
        ),
      );
      const next = retryAfterFailure({
        failure,
        failures: Math.max(...reminders.map((reminder) => reminder.attempts)) + 1,
        windowStart,
        now,
        random: this.random(),
      });
      return reminders.map((reminder) =>
        // The attempted Message-ID stays on the rows: they are claimed together again under it.
        next.failed
          ? {
              id: reminder.id,
              result: 'failed' as const,
              error: message,
              failureKind: failure,
              messageId: mail.messageId,
            }
          : {
              id: reminder.id,
              result: 'retry' as const,
              error: message,
              failureKind: failure,
              nextAttemptAt: next.nextAttemptAt,
              messageId: mail.messageId,
              retrySince: windowStart,
            },
      );
    }
  }

  private async tellAdmins(failed: DeliveryOutcome[]): Promise<void> {
    const admins = await this.reminders.admins();
    if (admins.length === 0) return;
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
