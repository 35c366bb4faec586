import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';

/**
 * Thin: the database makes these safe to run anywhere, any number of times (advisory lock for the
 * sweep, unique reminder keys, SKIP LOCKED claims), so no in-memory flag guards them.
 */
@Injectable()
export class RemindersCron {
  private readonly logger = new Logger(RemindersCron.name);

  constructor(
    private readonly sweep: SweepRemindersUseCase,
    private readonly dispatch: DispatchRemindersUseCase,
  ) {}

  @Cron('*/15 * * * *', { name: 'reminder-sweep' })
  async sweepDue(): Promise<void> {
    const { created, skipped } = await this.sweep.execute();
    if (created > 0) this.logger.log(`reminder sweep: ${created} new reminders`);
    if (skipped) this.logger.debug('reminder sweep: another scheduler holds the lock');
  }

  @Cron('* * * * *', { name: 'reminder-dispatch' })
  async dispatchDue(): Promise<void> {
    const result = await this.dispatch.execute();
    if (result.sent + result.failed + result.retried > 0)
      this.logger.log(`reminders: ${JSON.stringify(result)}`);
  }
}
