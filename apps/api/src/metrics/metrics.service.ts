import { Injectable } from '@nestjs/common';
import { ClockPort, ReminderRepository } from '@passerelle/application';
import { collectDefaultMetrics, Gauge, Histogram, register, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

let defaultsCollected = false;

/**
 * This application's metrics (its own registry: tests run two applications in one process),
 * merged at scrape time with the process-wide one (Node's defaults, the scheduler's durations).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpSeconds = new Histogram({
    name: 'passerelle_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(reminders: ReminderRepository, clock: ClockPort, dataSource: DataSource) {
    if (!defaultsCollected) {
      collectDefaultMetrics({ register });
      defaultsCollected = true;
    }
    let health: Promise<Awaited<ReturnType<ReminderRepository['deliveryHealth']>>> | null = null;
    // One query per scrape, shared by the gauges below.
    const read = () =>
      (health ??= reminders.deliveryHealth(clock.now()).finally(() => setTimeout(() => (health = null), 0)));
    new Gauge({
      name: 'passerelle_reminders',
      help: 'Reminder rows by state',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const { byStatus } = await read();
        for (const [status, count] of Object.entries(byStatus)) this.set({ status }, count);
      },
    });
    new Gauge({
      name: 'passerelle_reminders_failed',
      help: 'Failed reminders by cause (outage: queued again once mail flows; refused: the address)',
      labelNames: ['cause'],
      registers: [this.registry],
      async collect() {
        const value = await read();
        this.set({ cause: 'outage' }, value.failedOutage);
        this.set({ cause: 'refused' }, value.failedRefused);
      },
    });
    new Gauge({
      name: 'passerelle_reminders_due_pending',
      help: 'Pending reminders whose send time has come',
      registers: [this.registry],
      async collect() {
        this.set((await read()).duePending);
      },
    });
    new Gauge({
      name: 'passerelle_reminder_oldest_pending_age_seconds',
      help: 'Age of the oldest pending reminder whose send time has come (0: none)',
      registers: [this.registry],
      async collect() {
        this.set((await read()).oldestDuePendingSeconds);
      },
    });
    const pool = () =>
      (
        dataSource.driver as unknown as {
          master?: { totalCount: number; idleCount: number; waitingCount: number };
        }
      ).master;
    new Gauge({
      name: 'passerelle_db_pool_connections',
      help: 'Database pool connections by state',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const master = pool();
        if (!master) return;
        this.set({ state: 'total' }, master.totalCount);
        this.set({ state: 'idle' }, master.idleCount);
        this.set({ state: 'busy' }, master.totalCount - master.idleCount);
        this.set({ state: 'waiting' }, master.waitingCount);
      },
    });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, register]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}
