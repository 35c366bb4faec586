import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Past this many waiting jobs new ones are dropped (a flood cannot grow memory without end). */
const MAX_PENDING = 1_000;

/**
 * Work that must not shape an HTTP answer (a reset link's token and mail): run one job at a time
 * after the answer has left, failures logged and never surfaced. In memory: a job lost in a crash
 * is a reset link the user asks for again.
 */
@Injectable()
export class AccountMailQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('AccountMailQueue');
  private readonly pending: Array<() => Promise<void>> = [];
  private running: Promise<void> | null = null;

  /** False when the queue is full and the job was dropped. */
  enqueue(job: () => Promise<void>): boolean {
    if (this.pending.length >= MAX_PENDING) {
      this.logger.warn('account mail queue full: a job was dropped');
      return false;
    }
    this.pending.push(job);
    // setImmediate: the job starts only after the current request's answer is written.
    this.running ??= new Promise<void>((resolve) => setImmediate(() => void this.run().then(resolve)));
    return true;
  }

  /** Resolves once every job queued so far has run (tests; shutdown). */
  async drained(): Promise<void> {
    while (this.running) await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.race([this.drained(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }

  private async run(): Promise<void> {
    for (let job = this.pending.shift(); job; job = this.pending.shift()) {
      try {
        await job();
      } catch (error) {
        this.logger.error(
          `account mail job failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    this.running = null;
  }
}
