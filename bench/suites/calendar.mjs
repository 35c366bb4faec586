// The read path officers wait for (issue 20), at each size: the real API (bench/calendar-server.ts)
// beside the raw baseline (bench/baseline/http-server.mjs: the same SQL through bare pg behind bare
// node:http), under the same load in alternating rounds, 32 connections.
//   - an organization's month (its officer: 2,000 conventions among all), alone and while the
//     reminder sweep and dispatcher run (bench/background-work.ts);
//   - a platform admin's bounded calendar: a week, and a page of lines of the month;
//   - the dashboard (GET /api/dashboard) and its compliance alerts, the .ics feed's first request
//     after a start, one request at a time.
// Knobs: BENCH_DURATION (seconds per comparison, split over two rounds), BENCH_BACKGROUND=off.
import * as os from 'node:os';
import { join } from 'node:path';
import { askChild, require, root, runChild, sqlLoad, withClient } from '../lib/harness.mjs';
import { compare, fetchOnce } from '../lib/load.mjs';

export const name = 'calendar';

const { beyondHorizonSql, calendarSql } = require(join(root, 'dist/bench/lib/calendar-sql.js'));

const NOW_TIME = 'T09:00:00Z';
const CONNECTIONS = 32;
const ORGANIZATION_SIZE = 2000;
const MONTH = { from: '2027-03-01', to: '2027-03-31' };
const WEEK = { from: '2027-03-08', to: '2027-03-14' };
const PAGE = 500;
/** GET /api/dashboard's window: a year back, a year ahead (GetDashboardUseCase). */
const DASHBOARD = { from: '2025-11-22', to: '2027-11-22' };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function startChild(script, args) {
  const child = runChild(script, args, { ipc: true });
  const ready = new Promise((resolveReady, reject) => {
    child.child.once('message', (message) =>
      message.cmd === 'ready' ? resolveReady(message) : reject(new Error(JSON.stringify(message))),
    );
    child.done.then(() => reject(new Error(`${script} exited before it was ready`)), reject);
  });
  return { ...child, ready };
}

async function startBaseline(url) {
  const { fork } = await import('node:child_process');
  const child = fork(join(root, 'bench/baseline/http-server.mjs'), [url], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise((resolveReady) => child.once('message', resolveReady));
  const done = new Promise((resolveDone) => child.on('exit', resolveDone));
  return { child, port: ready.port, done };
}

async function explain(url, query) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
    return rows
      .map((row) => row['QUERY PLAN'])
      .filter((line, index) => index < 12 || /Scan|Index Cond|Execution Time|Planning Time/.test(line))
      .map((line) => (line.length > 160 ? `${line.slice(0, 157)}...` : line));
  });
}

export async function run(ctx) {
  const { fmt, log, url, size } = ctx;
  await ctx.ensureDeadlines();
  const now = `${ctx.today}${NOW_TIME}`;
  const api = startChild('calendar-server.js', [url, now, String(ORGANIZATION_SIZE)]);
  const { port, token, officer } = await api.ready;
  await withClient(url, (client) => client.query('ANALYZE convention_parties'));
  const base = `http://127.0.0.1:${port}`;
  const admin = { authorization: `Bearer ${token}` };
  const mine = { authorization: `Bearer ${officer.token}` };
  const details = { loadBefore: os.loadavg()[0], cases: {}, single: {}, plans: {} };
  const baseline = await startBaseline(url);
  const idle = () => askChild(api.child, { cmd: 'idle' });
  try {
    // The .ics feed's first request after the API started: nothing before it has warmed the path.
    const feedToken = await fetch(`${base}/api/me/calendar-token`, { method: 'POST', headers: mine }).then(
      (r) => r.json(),
    );
    const feedUrl = `${base}/api/calendar.ics?token=${encodeURIComponent(feedToken.token)}`;
    const firstFeed = await fetchOnce(feedUrl);
    const polled = [];
    for (let run = 0; run < 7; run += 1) polled.push((await fetchOnce(feedUrl)).ms);
    details.single.feed = { firstMs: firstFeed.ms, bytes: firstFeed.bytes, polledMedianMs: median(polled) };
    ctx.record('ics.first-request.ms', { product: firstFeed.ms, unit: 'ms', target: 'product < 300' });
    ctx.record('ics.polled.ms', { product: median(polled), unit: 'ms' });
    log(
      `   .ics feed: first request ${fmt(firstFeed.ms, 0)} ms (${fmt(firstFeed.bytes / 1024, 0)} KiB), polled median ${fmt(median(polled), 0)} ms`,
    );

    // The compliance alerts: the first request after the start, then warm (median of 7).
    const complianceUrl = `${base}/api/dashboard/compliance`;
    const firstCompliance = await fetchOnce(complianceUrl, mine);
    const compliance = [];
    for (let run = 0; run < 7; run += 1) compliance.push((await fetchOnce(complianceUrl, mine)).ms);
    const dashboard = [];
    for (let run = 0; run < 7; run += 1) dashboard.push((await fetchOnce(`${base}/api/dashboard`, mine)).ms);
    details.single.compliance = {
      firstMs: firstCompliance.ms,
      medianMs: median(compliance),
      bytes: firstCompliance.bytes,
    };
    details.single.dashboard = { medianMs: median(dashboard) };
    ctx.record('dashboard.compliance.first.ms', { product: firstCompliance.ms, unit: 'ms' });
    ctx.record('dashboard.compliance.ms', {
      product: median(compliance),
      unit: 'ms',
      target: 'product < 150',
    });
    ctx.record('dashboard.deadlines.ms', { product: median(dashboard), unit: 'ms' });
    log(
      `   GET /api/dashboard/compliance: first ${fmt(firstCompliance.ms, 0)} ms, then median ${fmt(median(compliance), 0)} ms; ` +
        `GET /api/dashboard median ${fmt(median(dashboard), 0)} ms`,
    );

    const organization = { organizationIds: [officer.organizationId] };
    const options = { sources: false };
    const cases = [
      {
        name: 'organization-month',
        path: `/api/calendar?from=${MONTH.from}&to=${MONTH.to}`,
        headers: mine,
        window: MONTH,
        scope: organization,
      },
      {
        name: 'admin-week',
        path: `/api/calendar?from=${WEEK.from}&to=${WEEK.to}`,
        headers: admin,
        window: WEEK,
        scope: {},
      },
      {
        name: 'admin-month-page',
        path: `/api/calendar?from=${MONTH.from}&to=${MONTH.to}&limit=${PAGE}`,
        headers: admin,
        window: MONTH,
        scope: {},
        limit: PAGE,
      },
      { name: 'dashboard', path: '/api/dashboard', headers: mine, window: DASHBOARD, scope: organization },
    ];
    const routes = {};
    for (const entry of cases) {
      const read = entry.limit ? { ...options, limit: entry.limit } : options;
      entry.queries = [
        await calendarSql(entry.window.from, entry.window.to, entry.scope, read),
        await beyondHorizonSql(entry.window.to, entry.scope),
      ];
      routes[`/${entry.name}`] = entry.queries;
    }
    await askChild(baseline.child, { cmd: 'routes', routes });
    details.plans.organizationMonth = await explain(url, cases[0].queries[0]);
    log('   EXPLAIN (ANALYZE, BUFFERS) of the organization month:');
    details.plans.organizationMonth.forEach((line) => log(`     ${line}`));

    const measure = async (entry, label) => {
      const loadBefore = os.loadavg()[0];
      const product = { url: `${base}${entry.path}`, headers: entry.headers };
      const shape = await fetchOnce(product.url, entry.headers);
      const raw = await fetchOnce(`http://127.0.0.1:${baseline.port}/${entry.name}`);
      const result = await compare({
        product,
        baseline: { url: `http://127.0.0.1:${baseline.port}/${entry.name}` },
        seconds: ctx.duration,
        connections: CONNECTIONS,
        idle,
      });
      const key = `${entry.name}${label}`;
      details.cases[key] = {
        loadBefore,
        loadAfter: os.loadavg()[0],
        bytes: shape.bytes,
        baselineBytes: raw.bytes,
        ...result,
      };
      ctx.record(`calendar.${key}.throughput`, {
        product: result.product.perSecond,
        baseline: result.baseline.perSecond,
        unit: 'req/s',
        target: 'ratio >= 0.7',
      });
      ctx.record(`calendar.${key}.p95`, {
        product: result.product.p95,
        baseline: result.baseline.p95,
        unit: 'ms',
        target: 'ratio <= 1.5',
      });
      log(
        `   ${key}: product ${fmt(result.product.perSecond, 1)} req/s p95 ${fmt(result.product.p95, 1)} ms ` +
          `(${fmt(shape.bytes / 1024, 0)} KiB); baseline ${fmt(result.baseline.perSecond, 1)} req/s p95 ${fmt(result.baseline.p95, 1)} ms ` +
          `(${fmt(raw.bytes / 1024, 0)} KiB); loadavg ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}` +
          (result.product.non2xx || result.product.errors
            ? `; product non-2xx ${result.product.non2xx}, errors ${result.product.errors}`
            : ''),
      );
    };
    const measureOrSay = (entry, label) =>
      measure(entry, label).catch((error) => log(`   ${entry.name}${label}: not measured: ${error.message}`));
    for (const entry of cases) await measureOrSay(entry, '');

    // Parallel plans under concurrency: the organization month's SQL alone, 32 pg clients, with the
    // server default (2 workers per gather) and with none (what the product's connections set).
    for (const workers of [2, 0]) {
      const query = {
        sql: `/* workers ${workers} */ ${cases[0].queries[0].sql}`,
        params: cases[0].queries[0].params,
      };
      const stats = await sqlLoad(
        `${url}${url.includes('?') ? '&' : '?'}options=-c%20max_parallel_workers_per_gather%3D${workers}`,
        query,
        CONNECTIONS,
        ctx.duration / 2,
      );
      details.cases[`sql-workers-${workers}`] = stats;
      ctx.record(`calendar.organization-month.sql.workers-${workers}.throughput`, {
        product: stats.perSecond,
        unit: 'q/s',
      });
      ctx.record(`calendar.organization-month.sql.workers-${workers}.p95`, {
        product: stats.p95,
        unit: 'ms',
      });
      log(
        `   organization month SQL, max_parallel_workers_per_gather=${workers}: ${fmt(stats.perSecond, 1)} q/s, p95 ${fmt(stats.p95, 1)} ms`,
      );
    }

    if (process.env.BENCH_BACKGROUND !== 'off') {
      const background = startChild('background-work.js', [url, ctx.today]);
      await background.ready;
      try {
        await askChild(background.child, { cmd: 'start' });
        for (const entry of cases.slice(0, 2)) await measureOrSay(entry, '.with-sweep-and-dispatch');
        const work = await askChild(background.child, { cmd: 'stop' });
        details.background = work;
        log(
          `   meanwhile the scheduler swept ${work.sweeps} days (${fmt(work.created)} reminders) and sent ${fmt(work.sent)} mails in ${work.seconds} s`,
        );
      } finally {
        background.child.send({ cmd: 'close' });
        await background.done;
      }
    }
    const memory = await askChild(api.child, { cmd: 'memory' });
    details.apiMemory = memory;
    ctx.record('api.max-rss-under-calendar-load', {
      product: memory.maxRssMb,
      unit: 'MB',
      target: 'product <= 256',
    });
    log(
      `   API max RSS over the calendar suite: ${fmt(memory.maxRssMb, 0)} MB (heapUsed ${fmt(memory.maxHeapUsedMb, 0)} MB)`,
    );
  } finally {
    baseline.child.send({ cmd: 'close' });
    api.child.send({ cmd: 'close' });
    await Promise.all([baseline.done, api.done]);
  }
  log(`   (${fmt(size)} conventions)`);
  return details;
}
