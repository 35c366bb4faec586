/**
 * Child process of bench/suites/calendar.mjs: the scheduler's work running beside a load test —
 * the reminder sweep and the mail dispatcher, one simulated day after another (so that each sweep
 * has the day's reminders to create), sending into a local SMTP sink that only counts.
 * IPC: { cmd: 'start' } begins the loop; { cmd: 'stop' } ends it and answers the counts.
 */
import 'reflect-metadata';
import * as os from 'node:os';
import { AddressInfo } from 'node:net';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { FixedClock } from '@passerelle/domain';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/bootstrap/create-app';

async function startSink(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    count: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const [url, today] = process.argv.slice(2);
  const sink = await startSink();
  const clock = new FixedClock(new Date(`${today}T05:00:00Z`));
  const app = await createApp({
    config: loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off', SMTP_URL: sink.url, DATA_DIR: os.tmpdir() }),
    databaseUrl: url,
    clock,
  });
  await app.init();
  const sweep = app.get(SweepRemindersUseCase);
  const dispatch = app.get(DispatchRemindersUseCase);
  await app.get(DataSource).query(
    `INSERT INTO scheduler_state (name, last_swept_on, last_swept_at)
       VALUES ('reminders', $1::date - 1, ($1::date - 1) + time '05:00' AT TIME ZONE 'UTC')
       ON CONFLICT (name) DO UPDATE SET last_swept_on = EXCLUDED.last_swept_on, last_swept_at = EXCLUDED.last_swept_at`,
    [today],
  );
  let running = false;
  const totals = { days: 0, sweeps: 0, created: 0, sent: 0, seconds: 0 };
  let loop: Promise<void> = Promise.resolve();
  const work = async () => {
    const started = performance.now();
    while (running) {
      const created = await sweep.execute();
      totals.sweeps += 1;
      totals.created += created.created;
      clock.set(new Date(clock.now().getTime() + 4 * 3600_000));
      const sent = await dispatch.execute(500);
      totals.sent += sent.sent;
      // The next day, 05:00 UTC: the sweep's hour.
      clock.set(new Date(clock.now().getTime() + 20 * 3600_000));
      totals.days += 1;
    }
    totals.seconds = Math.round((performance.now() - started) / 100) / 10;
  };
  process.on('message', (message: { cmd: string }) => {
    if (message.cmd === 'start') {
      Object.assign(totals, { days: 0, sweeps: 0, created: 0, sent: 0, seconds: 0 });
      running = true;
      loop = work();
      process.send?.({ cmd: 'start', result: null });
    } else if (message.cmd === 'stop') {
      running = false;
      void loop.then(
        () => process.send?.({ cmd: 'stop', result: { ...totals, sinkCount: sink.count() } }),
        (error: unknown) => process.send?.({ cmd: 'error', message: String(error) }),
      );
    } else if (message.cmd === 'close') {
      void app
        .close()
        .then(() => sink.close())
        .then(() => process.exit(0));
    }
  });
  process.send?.({ cmd: 'ready' });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
