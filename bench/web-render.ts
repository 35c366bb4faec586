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
import * as os from 'node:os';
import { chromium, Page } from 'playwright-core';
import { CHROMIUM_BASE_ARGS, findChromium } from '../libs/testing/src/chromium';
import { CONVENTIONS, json, median, ms, percentile, Ready, serve } from './lib/web-api';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

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
