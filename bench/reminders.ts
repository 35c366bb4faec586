/**
 * Reminder pipeline figures (issue 5): a sweep over N conventions (with the day's reminders to
 * create, then again with nothing new), and dispatcher throughput to a local SMTP sink (pooled).
 * Run by `npm run bench` after the deadline benchmarks; BENCH_REMINDER_SIZE (default 100000).
 * Uses DATABASE_URL's server (a fresh database, dropped at the end) or an embedded PostgreSQL.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import {
  DispatchRemindersUseCase,
  materialiseDeadlines,
  SweepRemindersUseCase,
} from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { FixedClock, StoredConvention } from '@passerelle/domain';
import {
  createDatabaseIfMissing,
  createDataSource,
  databaseUrlFor,
  dropDatabase,
  runMigrations,
  startEmbeddedPostgres,
  loadConventionsAfter,
  TypeormDeadlineStore,
} from '@passerelle/persistence';
import * as pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';
import { createApp } from '../apps/api/src/bootstrap/create-app';
import { insertConventions } from './lib/bulk-insert';
import { generateConvention } from './lib/generate';
import { messageOf, sendBaseline } from './baseline/dispatch-nodemailer';

const SIZE = Number(process.env.BENCH_REMINDER_SIZE ?? 100_000);
/** Mails the dispatcher sends, then the baseline: enough for a steady rate. */
const MAILS = Number(process.env.BENCH_DISPATCH_MAILS ?? 3000);
/** As the baseline (issue 20): 16 mails in flight over a pool of 10 SMTP connections. */
const IN_FLIGHT = 16;
const CONNECTIONS = 10;
/** Product and baseline alternate this many times. */
const ROUNDS = 2;
const TODAY = '2026-11-23';
const ORGANIZATIONS = 500;
const log = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Counts the queries every pg client of this process sends while started (one a round trip). */
function countStatements(): { reset(): void; stop(): void; total(): number } {
  const prototype = (pg as unknown as { Client: { prototype: { query: (...args: unknown[]) => unknown } } })
    .Client.prototype;
  const original = prototype.query;
  let counted = 0;
  let running = 0;
  let total = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (running) counted += 1;
    return original.apply(this, args);
  };
  return {
    reset: () => {
      counted = 0;
      running = 1;
    },
    stop: () => {
      running = 0;
      total += counted;
    },
    total: () => total,
  };
}

async function openDatabase(): Promise<{ url: string; kind: string; close: () => Promise<void> }> {
  // bench/suites/dispatch.mjs passes the runner's database, its conventions seeded already.
  if (process.argv[2]) return { url: process.argv[2], kind: 'bench runner', close: async () => undefined };
  const name = `passerelle_bench_reminders_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    await createDatabaseIfMissing(serverUrl, name);
    return {
      url: databaseUrlFor(serverUrl, name),
      kind: 'DATABASE_URL',
      close: () => dropDatabase(serverUrl, name),
    };
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'passerelle-bench-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres(join(dir, 'postgres'), { persistent: false });
  await createDatabaseIfMissing(server.serverUrl, name);
  return {
    url: databaseUrlFor(server.serverUrl, name),
    kind: 'embedded',
    close: async () => {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Counts messages, parses nothing: the sink must not be the bottleneck. Keeps the first one whole. */
async function startSink(): Promise<{
  url: string;
  count: () => number;
  first: () => Buffer | null;
  close: () => Promise<void>;
}> {
  let received = 0;
  let first: Buffer | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 100,
    onData(stream, _session, callback) {
      const chunks: Buffer[] | null = first ? null : [];
      stream.on('data', (chunk: Buffer) => chunks?.push(chunk));
      stream.on('end', () => {
        if (chunks && !first) first = Buffer.concat(chunks);
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    count: () => received,
    first: () => first,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const database = await openDatabase();
  const sink = await startSink();
  log(
    `\n# Reminders — ${SIZE.toLocaleString('en-US')} conventions, ${database.kind} PostgreSQL, today ${TODAY}`,
  );
  try {
    await runMigrations(database.url);
    const dataSource = await createDataSource(database.url).initialize();

    let start = process.hrtime.bigint();
    for (let offset = 0; database.kind !== 'bench runner' && offset < SIZE; offset += 5000) {
      const batch = Array.from({ length: Math.min(5000, SIZE - offset) }, (_, index) =>
        generateConvention(offset + index),
      );
      await insertConventions(dataSource, batch);
    }
    // Each French party belongs to one of ORGANIZATIONS organizations with two officers and a viewer.
    await dataSource.query(
      `INSERT INTO organizations (id, name, country, time_zone)
       SELECT gen_random_uuid(), 'Ville ' || n, 'FR', CASE WHEN n % 5 = 0 THEN 'Africa/Casablanca' ELSE 'Europe/Paris' END
         FROM generate_series(1, $1) AS n`,
      [ORGANIZATIONS],
    );
    await dataSource.query(
      `INSERT INTO users (email, name, language, organization_id, role)
       SELECT lower(replace(o.name, ' ', '')) || '-' || k || '@bench.test', 'Agent ' || k, 'fr', o.id,
              CASE WHEN k = 3 THEN 'viewer' ELSE 'officer' END
         FROM organizations o CROSS JOIN generate_series(1, 3) AS k
       ON CONFLICT DO NOTHING`,
    );
    await dataSource.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations)
       UPDATE convention_parties p SET organization_id = numbered.id
         FROM numbered WHERE p.country = 'FR' AND numbered.n = 1 + (abs(hashtext(p.convention_id::text)) % $1)`,
      [ORGANIZATIONS],
    );
    const repository = new TypeormDeadlineStore(dataSource);
    let afterId: string | null = null;
    // The runner's database has its deadlines from the rebuild suite (a day earlier: the same rows
    // but the horizon's last day).
    const [{ stored }] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM deadlines) AS stored');
    for (; !(database.kind === 'bench runner' && stored);) {
      const batch: StoredConvention[] = (await loadConventionsAfter(dataSource.manager, afterId, 2000)).map(
        ({ convention }) => convention,
      );
      if (batch.length === 0) break;
      afterId = batch[batch.length - 1].id;
      await repository.replace(batch.map((doc) => ({ id: doc.id, ...materialiseDeadlines(doc, TODAY) })));
    }
    await dataSource.query('VACUUM ANALYZE');
    const [{ deadlines }] = await dataSource.query('SELECT count(*)::int AS deadlines FROM deadlines');
    const [{ users }] = await dataSource.query('SELECT count(*)::int AS users FROM users');
    log(
      `set-up (not measured): ${SIZE} conventions, ${deadlines} stored deadlines, ${users} users in ${seconds(start).toFixed(1)} s`,
    );

    const clock = new FixedClock(new Date(`${TODAY}T05:00:00Z`));
    const app = await createApp({
      config: loadConfig({
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        SMTP_URL: `${sink.url}?maxConnections=${CONNECTIONS}`,
        REMINDER_SEND_CONCURRENCY: String(IN_FLIGHT),
        DATA_DIR: os.tmpdir(),
      }),
      databaseUrl: database.url,
      clock,
    });
    await app.init();
    const sweep = app.get(SweepRemindersUseCase);
    const dispatch = app.get(DispatchRemindersUseCase);
    // What the scheduler's cron sets from REMINDER_SEND_CONCURRENCY (the scheduler is off here).
    dispatch.concurrency = IN_FLIGHT;
    // A daily sweep: yesterday was swept.
    await dataSource.query(
      `INSERT INTO scheduler_state (name, last_swept_on, last_swept_at)
       VALUES ('reminders', $1::date - 1, ($1::date - 1) + time '05:00' AT TIME ZONE 'UTC')
       ON CONFLICT (name) DO UPDATE SET last_swept_on = EXCLUDED.last_swept_on, last_swept_at = EXCLUDED.last_swept_at`,
      [TODAY],
    );

    start = process.hrtime.bigint();
    const first = await sweep.execute();
    log(
      `sweep with the day's reminders to create: ${first.created} reminders in ${seconds(start).toFixed(3)} s`,
    );
    const quiet: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      start = process.hrtime.bigint();
      const again = await sweep.execute();
      quiet.push(seconds(start));
      if (again.created !== 0) log(`  (unexpected: ${again.created} created on a repeat sweep)`);
    }
    quiet.sort((a, b) => a - b);
    log(
      `sweep with nothing new to send (5 runs): median ${quiet[2].toFixed(3)} s, max ${quiet[4].toFixed(3)} s`,
    );

    clock.set(new Date(`${TODAY}T09:00:00Z`));
    const [{ pending }] = await dataSource.query(
      `SELECT count(*)::int AS pending FROM reminders WHERE status = 'pending'`,
    );
    // Product and baseline alternate in two rounds (product, baseline, product, baseline), so that a
    // change in the machine's load falls on both. Also counted, for the product: the statements
    // its connections sent (every pg query call: the round trips a mail waits on) and its CPU.
    const statements = countStatements();
    const sent = { sent: 0, cancelled: 0, retried: 0, failed: 0 };
    const baseline = { sent: 0, seconds: 0, mailsPerSecond: 0 };
    let elapsed = 0;
    let cpuMicros = 0;
    let raw: Buffer | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      statements.reset();
      const cpu = process.cpuUsage();
      start = process.hrtime.bigint();
      const part = await dispatch.execute(Math.ceil(MAILS / ROUNDS));
      elapsed += seconds(start);
      const used = process.cpuUsage(cpu);
      cpuMicros += used.user + used.system;
      statements.stop();
      for (const key of ['sent', 'cancelled', 'retried', 'failed'] as const) sent[key] += part[key];
      raw ??= sink.first() ?? undefined;
      if (!raw) throw new Error('the sink received no mail from the dispatcher');
      const message = await messageOf(raw);
      const round_ = await sendBaseline(sink.url, message, part.sent, IN_FLIGHT, CONNECTIONS);
      baseline.sent += round_.sent;
      baseline.seconds += round_.seconds;
    }
    baseline.mailsPerSecond = baseline.sent / baseline.seconds;
    const product = sent.sent / elapsed;
    const perMail = statements.total() / sent.sent;
    log(
      `dispatch (${pending} pending, first ${MAILS} at most) to a local SMTP sink (pooled), ${ROUNDS} rounds: ${sent.sent} sent, ` +
        `${sent.cancelled} cancelled, ${sent.retried} retried in ${elapsed.toFixed(2)} s = ${product.toFixed(0)} mails/s ` +
        `(sink counted ${sink.count()}); ${perMail.toFixed(2)} statements and ${(cpuMicros / 1000 / sent.sent).toFixed(2)} ms of CPU a mail`,
    );
    log(
      `baseline: the same message (${raw!.length} bytes) through bare pooled nodemailer, ` +
        `${IN_FLIGHT} in flight, ${CONNECTIONS} connections: ${baseline.sent} in ${baseline.seconds.toFixed(2)} s = ` +
        `${baseline.mailsPerSecond.toFixed(0)} mails/s; product ÷ baseline ${(product / baseline.mailsPerSecond).toFixed(2)}`,
    );
    process.stdout.write(
      `@@RESULT ${JSON.stringify({ sent: sent.sent, seconds: elapsed, mailsPerSecond: product, baseline, statementsPerMail: perMail, cpuMsPerMail: cpuMicros / 1000 / sent.sent, bytes: raw!.length, rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`,
    );
    await app.close();
    await dataSource.destroy();
  } finally {
    await sink.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
