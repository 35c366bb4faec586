/**
 * `npm run bench:web`: the officers' web app for an organization with 2,000 conventions.
 *
 *   - first render of the dashboard and of the calendar in headless Chromium (target < 1.5 s):
 *     from navigation start to the page painted with its data, cold (new browser context, empty
 *     cache) and warm (same context, assets cached), median and worst of BENCH_RUNS runs;
 *   - the organization's .ics feed (target < 300 ms): latency of GET /api/calendar.ics.
 *
 * The real API (createApp, as in production, serving apps/web/dist) runs in a child process, so that
 * its work never delays the measuring side, on a fresh database: an embedded PostgreSQL in a
 * temporary directory, or DATABASE_URL's server (a database passerelle_bench_web_<time> is created
 * there and dropped). Figures only, no pass/fail: they go into BENCHMARKS.md by hand.
 *
 * Environment: BENCH_CONVENTIONS (default 2000), BENCH_RUNS (default 7), CHROMIUM_PATH (else the system's Chromium, else @sparticuz/chromium's).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
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
import { ConventionDocument } from '@passerelle/domain';
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  runMigrations,
  startEmbeddedPostgres,
} from '@passerelle/persistence';
import { chromium, Page } from 'playwright-core';
import { CHROMIUM_BASE_ARGS, findChromium } from '../libs/testing/src/chromium';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/bootstrap/create-app';
import { EnsureAdminUseCase } from '@passerelle/application';

const CONVENTIONS = Number(process.env.BENCH_CONVENTIONS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ADMIN = { email: 'bench-admin@passerelle.test', password: 'bench admin password' };

/** mulberry32: the same 2,000 conventions on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS = [
  'Taroudant',
  'Tiznit',
  'Chefchaouen',
  'Agadir',
  'Essaouira',
  'Fès',
  'Meknès',
  'Oujda',
  'Tétouan',
  'Safi',
];

/** Conventions of one French authority with Moroccan partners, started 2018–2026, all clause kinds. */
function generate(count: number, organizationId: string): ConventionDocument[] {
  const random = prng(0x7a55e7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const partner = `${pick(PARTNERS)} ${index + 1}`;
    const start = `${2018 + Math.floor(random() * 9)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const mode = pick(['tacit', 'tacit', 'express', 'after_evaluation'] as const);
    const quote = (text: string) => ({ article: String(3 + Math.floor(random() * 9)), quote: text });
    return {
      reference: `BENCH-${String(index + 1).padStart(5, '0')}`,
      title: `Convention de coopération décentralisée Ville – ${partner}`,
      instrument: pick([
        'convention_cadre',
        'convention_partenariat',
        'accord_cooperation',
        'jumelage',
      ] as const),
      language: 'fr',
      object: 'Coopération dans les domaines de la culture, de la jeunesse et de l’environnement.',
      timeZone: 'Europe/Paris',
      financialCommitments:
        random() < 0.5 ? [{ party: 'Ville', amount: 10000, currency: 'EUR', year: 2025 }] : [],
      effectiveOn: null,
      terminatedOn: null,
      parties: [
        {
          name: 'Ville',
          country: 'FR',
          organizationId,
          level: 'commune',
          representative: 'Le Maire',
          representativeTitle: 'Maire',
          deliberationOn: random() < 0.8 ? start : null,
          signedOn: start,
          prefectureTransmissionOn: random() < 0.7 ? start : null,
        },
        { name: partner, country: 'MA', level: 'commune', signedOn: start },
      ],
      clauses: {
        term: {
          start: 'fixed_date',
          startDate: start,
          durationMonths: pick([12, 24, 36, 48, 60]),
          source: quote('La présente convention est conclue pour une durée déterminée.'),
        },
        renewal: {
          mode,
          periodMonths: null,
          maxRenewals: mode === 'tacit' ? pick([null, 1, 2]) : null,
          noticeMonths: mode === 'tacit' ? 3 : null,
          source: quote('Elle est renouvelable.'),
        },
        actionPlan: {
          deadlineMonth: 12,
          deadlineDay: 31,
          yearOffset: -1,
          approvedBy: 'committee',
          source: quote('Un programme d’actions annuel est arrêté avant le 31 décembre.'),
        },
        evaluation: {
          annual: random() < 0.5,
          beforeRenewal: false,
          atTerm: true,
          leadMonths: 3,
          source: quote('Une évaluation est conduite.'),
        },
        committee: {
          name: 'Comité de pilotage',
          minMeetingsPerYear: pick([1, 2]),
          alternatingHost: true,
          decisionRule: 'unanimity',
          minutesSignatories: ['Maire', 'Président'],
          source: quote('Un comité de pilotage se réunit.'),
        },
        amendment: { rule: 'unanimity', source: quote('Toute modification fait l’objet d’un avenant.') },
      },
    };
  });
}

async function json<T>(
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Milliseconds from the navigation's start to the first frame where `ready` is on screen, taken by
 * the page itself (a requestAnimationFrame poll), so that nothing on the Node side can skew it.
 */
async function firstRender(page: Page, path: string, ready: string): Promise<number> {
  await page.goto(path, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (selector) => {
      const browser = globalThis as unknown as {
        document: { querySelector(selector: string): unknown };
        performance: { now(): number };
      };
      return browser.document.querySelector(selector) ? browser.performance.now() : false;
    },
    ready,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

interface Ready {
  cmd: 'ready';
  base: string;
  officer: { email: string; password: string };
  loadSeconds: number;
  deadlines: number;
}

/** The child: database, API, 2,000 conventions; then answers the parent's questions until told to close. */
async function serve(): Promise<void> {
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

/** The parent: Chromium and the HTTP client, against the child's API. */
async function measure(): Promise<void> {
  const child = fork(__filename, ['serve'], { stdio: 'inherit' });
  const replies: Array<(message: unknown) => void> = [];
  child.on('message', (message) => replies.shift()?.(message));
  const next = <T>() => new Promise<T>((resolve) => replies.push(resolve as (message: unknown) => void));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the API process exited (${code})`))),
  );
  const ready = await Promise.race([next<Ready>(), exited]);
  const { base, officer } = ready;
  console.log(
    `loaded ${CONVENTIONS} conventions (${ready.deadlines} materialised deadlines) in ${ready.loadSeconds.toFixed(1)} s`,
  );
  const chromiumBinary = findChromium();
  const browser = await chromium.launch({
    executablePath: chromiumBinary.executablePath,
    args: [...CHROMIUM_BASE_ARGS, ...chromiumBinary.args],
  });
  try {
    const token = (
      await json<{ accessToken: string }>(base, '/api/auth/login', { method: 'POST', body: officer })
    ).accessToken;
    const dashboard = await json<{
      overdue: { total: number };
      thisWeek: { total: number };
      next90Days: { total: number };
      endingWithin12Months: { total: number };
    }>(base, '/api/dashboard?limit=25', { token });
    console.log(
      `dashboard: ${dashboard.overdue.total} overdue, ${dashboard.thisWeek.total} this week, ` +
        `${dashboard.next90Days.total} in 90 days, ${dashboard.endingWithin12Months.total} ending within 12 months`,
    );

    // What the pages wait for: the API's answers on their own, sequential, after a warm-up.
    const today = new Date().toISOString().slice(0, 10);
    const apiPaths = [
      '/api/me',
      '/api/dashboard?limit=25',
      '/api/dashboard/compliance?limit=25',
      '/api/calendar/conventions',
      `/api/calendar?from=${today.slice(0, 8)}01&to=${today.slice(0, 8)}28`,
    ];
    console.log(`\nAPI latency, ${RUNS} sequential requests after a warm-up (median / worst):`);
    for (const path of apiPaths) {
      const timings: number[] = [];
      let size = 0;
      for (let run = 0; run <= RUNS; run += 1) {
        const started = process.hrtime.bigint();
        const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
        size = (await response.arrayBuffer()).byteLength;
        if (run > 0) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      console.log(
        `  ${path.padEnd(48)} ${ms(median(timings))} / ${ms(Math.max(...timings))}  (${(size / 1024).toFixed(0)} KiB)`,
      );
    }

    // Sign the browser in once; each cold run gets a new context with that cookie only.
    const signIn = await browser.newContext({ baseURL: base });
    const signInPage = await signIn.newPage();
    await signInPage.goto('/');
    await signInPage.getByLabel('Adresse e-mail').fill(officer.email);
    await signInPage.getByLabel('Mot de passe').fill(officer.password);
    await signInPage.getByRole('button', { name: 'Se connecter' }).click();
    await signInPage.waitForSelector('[data-testid="dashboard"]');
    const cookies = await signIn.cookies();
    await signIn.close();

    // Ready: the deadline sections with their rows (dashboard); the month grid with its events (calendar).
    const pages = [
      {
        name: 'dashboard',
        path: '/',
        ready: '[data-testid="dashboard"] tbody tr',
        complete: '[data-testid="dashboard"] > section:last-child tbody tr',
      },
      {
        name: 'calendar (month)',
        path: '/calendar',
        ready: '.fc-daygrid-event',
        complete: '.fc-daygrid-event',
      },
    ];
    const results: Record<string, { cold: number[]; warm: number[]; complete: number[] }> = {};
    for (const target of pages) results[target.name] = { cold: [], warm: [], complete: [] };
    for (let run = 0; run < RUNS; run += 1) {
      for (const target of pages) {
        const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 } });
        await context.addCookies(cookies);
        const page = await context.newPage();
        results[target.name].cold.push(await firstRender(page, target.path, target.ready));
        results[target.name].warm.push(await firstRender(page, target.path, target.ready));
        const handle = await page.waitForFunction(
          (selector) => {
            const browser = globalThis as unknown as {
              document: { querySelector(selector: string): unknown };
              performance: { now(): number };
            };
            return browser.document.querySelector(selector) ? browser.performance.now() : false;
          },
          target.complete,
          { polling: 'raf', timeout: 30_000 },
        );
        results[target.name].complete.push((await handle.jsonValue()) as number);
        await context.close();
      }
    }
    const shown = await (async () => {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto('/calendar');
      await page.waitForSelector('.fc-daygrid-event');
      const count = await page.locator('.fc-daygrid-event').count();
      await context.close();
      return count;
    })();
    console.log(`\nfirst render in headless Chromium, ${RUNS} runs (median / worst):`);
    for (const [name, result] of Object.entries(results)) {
      console.log(
        `  ${name.padEnd(17)} cold ${ms(median(result.cold))} / ${ms(Math.max(...result.cold))}` +
          `   warm ${ms(median(result.warm))} / ${ms(Math.max(...result.warm))}` +
          `   every section (warm) ${ms(median(result.complete))}`,
      );
    }
    console.log(`  (calendar month view: ${shown} event blocks drawn, the rest behind "+N")`);

    const feed = await json<{ url: string }>(base, '/api/me/calendar-token', { method: 'POST', token });
    const feedPath = new URL(feed.url).pathname + new URL(feed.url).search;
    const timings: number[] = [];
    let bytes = 0;
    let vevents = 0;
    let first = 0;
    const FEED_RUNS = Number(process.env.BENCH_FEED_RUNS ?? 3 + RUNS * 3);
    for (let run = 0; run < FEED_RUNS; run += 1) {
      const started = process.hrtime.bigint();
      const response = await fetch(`${base}${feedPath}`);
      const text = await response.text();
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (!response.ok) throw new Error(`feed: ${response.status}`);
      if (run === 0) first = elapsed;
      if (run >= Math.min(3, FEED_RUNS - 1)) timings.push(elapsed);
      bytes = Buffer.byteLength(text);
      vevents = text.split('BEGIN:VEVENT').length - 1;
    }
    console.log(
      `\n.ics feed: ${vevents} events, ${(bytes / 1024 / 1024).toFixed(1)} MiB; ${timings.length} sequential ` +
        `requests after the warm-ups: median ${ms(median(timings))}, p95 ${ms(percentile(timings, 95))}, ` +
        `worst ${ms(Math.max(...timings))}; the first request (every event serialised) ${ms(first)}`,
    );
    child.send({ cmd: 'profile', token });
    const profile = await Promise.race([next<{ result: string }>(), exited]);
    console.log(`  in the API process: ${profile.result}`);
    console.log(
      `\nmachine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ` +
        `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}, ` +
        `loadavg ${os.loadavg()[0].toFixed(2)}`,
    );
  } finally {
    await browser.close();
    child.send({ cmd: 'close' });
    await exited.catch(() => undefined);
  }
}

(process.argv[2] === 'serve' ? serve() : measure()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
