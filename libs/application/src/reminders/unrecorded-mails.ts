import { Logger } from '@nestjs/common';
import { DeliveryOutcome, ReminderRepository } from '../ports/reminder.repository';

/**
 * Mails the SMTP server accepted whose transaction then lost the database (a PostgreSQL restart
 * or failover cut the commit): the process that sent them still knows they left, and records
 * them before it claims anything again, so it does not send them twice. Lost only if the process
 * dies as well (then, as after SIGKILL, they go again with the same Message-ID).
 */
export class UnrecordedMails {
  private readonly logger = new Logger('DispatchRemindersUseCase');
  private readonly mails: Array<{ outcomes: DeliveryOutcome[]; sentAt: Date }> = [];

  /** Keeps the sent outcomes of a mail whose recording failed. */
  keep(outcomes: DeliveryOutcome[], sentAt: Date): void {
    const sent = outcomes.filter((outcome) => outcome.result === 'sent');
    if (sent.length) this.mails.push({ outcomes: sent, sentAt });
  }

  /** Records them (one statement a mail); throws while the database is still away. */
  async record(
    reminders: ReminderRepository,
    listeners: Array<(outcome: DeliveryOutcome) => void>,
  ): Promise<number> {
    let recorded = 0;
    let mails = 0;
    while (this.mails.length > 0) {
      const { outcomes, sentAt } = this.mails[0];
      await reminders.recordDelivered(outcomes, sentAt);
      this.mails.shift();
      recorded += outcomes.length;
      mails += 1;
      for (const outcome of outcomes) for (const listener of listeners) listener(outcome);
    }
    if (recorded > 0)
      this.logger.warn(
        `${mails} mails (${recorded} reminders) sent while the database was lost, recorded now`,
      );
    return recorded;
  }
}
