import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { APP_CONFIG, AppConfig } from '@passerelle/config';
import { ReminderMetrics } from './reminder-metrics';

/**
 * Thin: the database makes these safe to run anywhere, any number of times (advisory lock for the
 * sweep, unique reminder keys, SKIP LOCKED claims). The in-process guard only avoids starting a
 * second run while one is still going in this process. On SIGTERM nothing new starts and the
 * mails in flight are finished and recorded before the database pool closes.
 */
@Injectable()
export class RemindersCron implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RemindersCron.name);
  private sweeping: Promise<void> | null = null;
  private dispatching: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly sweep: SweepRemindersUseCase,
    private readonly dispatch: DispatchRemindersUseCase,
    private readonly registry: SchedulerRegistry,
    private readonly metrics: ReminderMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dispatch.concurrency = config.reminders.sendConcurrency;
  }

  onApplicationBootstrap(): void {
    const { sweepSeconds, dispatchSeconds } = this.config.reminders;
    this.registry.addInterval(
      'reminder-sweep',
      setInterval(() => void this.sweepDue(), sweepSeconds * 1000),
    );
    this.registry.addInterval(
      'reminder-dispatch',
      setInterval(() => void this.dispatchDue(), dispatchSeconds * 1000),
    );
    // At start: what fell due while no scheduler ran.
    void this.sweepDue().then(() => this.dispatchDue());
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const name of ['reminder-sweep', 'reminder-dispatch']) {
      clearInterval(this.registry.getInterval(name) as NodeJS.Timeout);
      this.registry.deleteInterval(name);
    }
    await this.dispatch.stop();
    await Promise.allSettled([this.sweeping, this.dispatching]);
  }

  sweepDue(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    this.sweeping ??= (async () => {
      try {
        const { created, skipped } = await this.metrics.timeSweep(() => this.sweep.execute());
        if (created > 0) this.logger.log(`reminder sweep: ${created} new reminders`);
        if (skipped) this.logger.debug('reminder sweep: another scheduler holds the lock');
      } catch (error) {
        this.logger.error(`reminder sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.sweeping = null;
      }
    })();
    return this.sweeping;
  }

  dispatchDue(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    this.dispatching ??= (async () => {
      try {
        const result = await this.metrics.timeDispatch(() => this.dispatch.execute());
        if (result.sent + result.failed + result.retried > 0)
          this.logger.log(`reminders: ${JSON.stringify(result)}`);
      } catch (error) {
        this.logger.error(
          `reminder dispatch failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        this.dispatching = null;
      }
    })();
    return this.dispatching;
  }
}
