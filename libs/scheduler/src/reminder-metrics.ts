import { Injectable } from '@nestjs/common';
import { Counter, Histogram, register } from 'prom-client';

/** A metric of the process-wide registry, created once even when a process hosts two applications (tests). */
export function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Durations of the scheduler's runs and what the dispatcher did, for GET /metrics. */
@Injectable()
export class ReminderMetrics {
  private readonly sweepSeconds = metric(
    'passerelle_reminder_sweep_duration_seconds',
    () =>
      new Histogram({
        name: 'passerelle_reminder_sweep_duration_seconds',
        help: 'Duration of a reminder sweep',
        buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      }),
  );
  private readonly dispatchSeconds = metric(
    'passerelle_reminder_dispatch_duration_seconds',
    () =>
      new Histogram({
        name: 'passerelle_reminder_dispatch_duration_seconds',
        help: 'Duration of a dispatch run (every due mail sent or deferred)',
        buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      }),
  );
  private readonly outcomes = metric(
    'passerelle_reminder_deliveries_total',
    () =>
      new Counter({
        name: 'passerelle_reminder_deliveries_total',
        help: 'Reminder delivery outcomes in this process (sent, retried, failed, cancelled)',
        labelNames: ['result'],
      }),
  );

  async timeSweep<T>(work: () => Promise<T>): Promise<T> {
    const end = this.sweepSeconds.startTimer();
    try {
      return await work();
    } finally {
      end();
    }
  }

  async timeDispatch<T extends object>(work: () => Promise<T>): Promise<T> {
    const end = this.dispatchSeconds.startTimer();
    try {
      const totals = await work();
      for (const [result, count] of Object.entries(totals as Record<string, number>))
        if (count) this.outcomes.inc({ result }, count);
      return totals;
    } finally {
      end();
    }
  }
}
