// The API side of bench/web-render.ts: the child process that holds the database and the real API
// (createApp, as in production, serving apps/web/dist), and the HTTP helpers both sides use.
import 'reflect-metadata';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import {
  AuthenticateUseCase,
  ConventionRepository,
  deriveColumns,
  GetCalendarUseCase,
} from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  runMigrations,
  startEmbeddedPostgres,
} from '@passerelle/persistence';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { EnsureAdminUseCase } from '@passerelle/application';
import { generate } from './web-conventions';

export const CONVENTIONS = Number(process.env.BENCH_CONVENTIONS ?? 2000);
const ADMIN = { email: 'bench-admin@passerelle.test', password: 'bench admin password' };

export async function json<T>(
  base: string,
  path: string,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok)
    throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
export const ms = (value: number) => `${value.toFixed(0)} ms`;

export interface Ready {
  cmd: 'ready';
  base: string;
  officer: { email: string; password: string };
  loadSeconds: number;
  deadlines: number;
}

/** The child: database, API, 2,000 conventions; then answers the parent's questions until told to close. */
export async function serve(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(os.tmpdir(), 'passerelle-bench-web-'));
    chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres(join(dataDir, 'data'), { persistent: false });
    serverUrl = server.serverUrl;
    stopServer = server.stop;
  }
  const database = `passerelle_bench_web_${Date.now().toString(36)}`;
  await createDatabaseIfMissing(serverUrl, database);
  const url = databaseUrlFor(serverUrl, database);
  await runMigrations(url);
  const config = loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off' });
  const app = await createApp({ config, databaseUrl: url });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const close = async () => {
    await app.close();
    await dropDatabase(serverUrl, database).catch(() => undefined);
    await stopServer?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await app.get(EnsureAdminUseCase).execute(ADMIN.email, ADMIN.password);
    const admin = (
      await json<{ accessToken: string }>(base, '/api/auth/login', { method: 'POST', body: ADMIN })
    ).accessToken;
    const organization = await json<{ id: string }>(base, '/api/admin/organizations', {
      method: 'POST',
      token: admin,
      body: { name: 'Ville de banc d’essai', country: 'FR', timezone: 'Europe/Paris' },
    });
    const officer = { email: 'officer@bench.test', password: 'officer bench password' };
    await json(base, '/api/admin/users', {
      method: 'POST',
      token: admin,
      body: {
        ...officer,
        name: 'Agent de banc d’essai',
        organizationId: organization.id,
        role: 'officer',
        language: 'fr',
      },
    });
    const loadStarted = Date.now();
    const now = new Date();
    const items = generate(CONVENTIONS, organization.id).map((doc) => {
      const toStore = { ...doc, timeZone: doc.timeZone ?? 'Europe/Paris' };
      return { doc: toStore, derived: deriveColumns(toStore, now) };
    });
    await app.get(ConventionRepository).createManyIfEmpty(items);
    // A database in use has planner statistics (autovacuum gathers them within a minute of a bulk
    // load); without them the first plans are guesses.
    await app.get(DataSource).query('ANALYZE');
    const ready: Ready = {
      cmd: 'ready',
      base,
      officer,
      loadSeconds: (Date.now() - loadStarted) / 1000,
      deadlines: items.reduce((sum, item) => sum + item.derived.deadlines.length, 0),
    };
    process.on('message', (message: { cmd: 'profile'; token: string } | { cmd: 'close' }) => {
      if (message.cmd === 'close') {
        void close().then(() => process.exit(0));
        return;
      }
      profileFeed(app, message.token).then(
        (result) => process.send?.({ cmd: 'profile', result }),
        (error: unknown) => process.send?.({ cmd: 'profile', result: `failed: ${String(error)}` }),
      );
    });
    process.send?.(ready);
  } catch (error) {
    await close();
    throw error;
  }
}

/** Where the feed's time goes: the calendar read, then the RFC 5545 text (ical-generator, as the route does). */
async function profileFeed(app: Awaited<ReturnType<typeof createApp>>, token: string): Promise<string> {
  const actor = await app.get(AuthenticateUseCase).execute(token);
  if (!actor) return 'no actor';
  const readTimings: number[] = [];
  let items: Awaited<ReturnType<GetCalendarUseCase['execute']>> = [];
  for (let run = 0; run < 6; run += 1) {
    const started = process.hrtime.bigint();
    items = await app.get(GetCalendarUseCase).execute({ locale: 'fr', actor });
    if (run > 0) readTimings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const ical = (await import('ical-generator')).default;
  const feedOf = () => {
    const calendar = ical({ name: 'Passerelle' });
    for (const item of items)
      calendar.createEvent({
        id: item.uid,
        start: new Date(`${item.dueOn}T00:00:00Z`),
        allDay: true,
        summary: item.title,
        description: item.conventionTitle,
      });
    return calendar;
  };
  let started = process.hrtime.bigint();
  feedOf().toString();
  const whole = Number(process.hrtime.bigint() - started) / 1e6;
  started = process.hrtime.bigint();
  feedOf()
    .events()
    .map((event) => event.toString())
    .join('');
  const perEvent = Number(process.hrtime.bigint() - started) / 1e6;
  return (
    `GetCalendarUseCase ${ms(median(readTimings))} (${items.length} items); ical-generator ` +
    `Calendar.toString() ${ms(whole)}, the same events serialised one by one and joined ${ms(perEvent)}`
  );
}
