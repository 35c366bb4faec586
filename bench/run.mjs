// `npm run bench`: the deadline engine's figures (recompute at 10k/50k/100k conventions, calendar
// latency over the largest set). Figures only, no pass/fail: they go into BENCHMARKS.md by hand.
//
// Environment:
//   DATABASE_URL     a PostgreSQL server; a fresh database passerelle_bench_<timestamp> is created on it
//                    and dropped at the end. Unset: an embedded PostgreSQL in a temporary directory.
//   BENCH_SIZES      comma-separated convention counts (default 10000,50000,100000)
//   BENCH_BATCH      conventions per batch (default 2000)
//   BENCH_PASSES     comma-separated passes, in order (default rebuild,rebuild,replace):
//                    rebuild = RebuildDeadlinesUseCase (new table, indexes built once, swapped in);
//                    replace = batch by batch, DELETE + INSERT into the indexed table (DeadlineStore.replace)
//   BENCH_DURATION   seconds per calendar load test (default 12)
//   BENCH_CALENDAR   "off" skips the calendar benchmark
//   BENCH_OUT        a file to write every figure to, as JSON
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import {
  askChild,
  fmt,
  log,
  persistence,
  require,
  root,
  runChild,
  sqlLoad as sqlLoadWith,
  withBenchDatabase,
  withClient,
} from './lib/harness.mjs';

const { beyondHorizonSql, calendarSql } = require(join(root, 'dist/bench/lib/calendar-sql.js'));
const { closedLoop, summarize } = require(join(root, 'dist/bench/lib/stats.js'));
const autocannon = require('autocannon');

const TODAY = '2026-11-22';
const NOW = `${TODAY}T09:00:00Z`;
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map((size) => Number(size.trim()));
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);
const PASSES = (process.env.BENCH_PASSES ?? 'rebuild,rebuild,replace')
  .split(',')
  .map((value) => value.trim());
const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const CONNECTIONS = 32;
const MONTH = { from: '2027-03-01', to: '2027-03-31' };
const WEEK = { from: '2027-03-08', to: '2027-03-14' };
const ORGANIZATION_SIZE = 2000;

if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`BENCH_SIZES must be positive integers, got ${process.env.BENCH_SIZES}`);
  process.exit(2);
}

// Other work on the machine skews figures: every step prints the 1-minute load average it started with.
const load = () => `loadavg ${os.loadavg()[0].toFixed(2)}`;
const results = {
  date: new Date().toISOString(),
  today: TODAY,
  sizes: SIZES,
  batch: BATCH,
  recompute: [],
  calendar: null,
};

// ---------------------------------------------------------------------------------------------- recompute

async function recomputeBenchmark(url) {
  for (const size of SIZES) {
    log(`\n== ${fmt(size)} conventions`);
    await withClient(url, (client) => client.query('TRUNCATE conventions CASCADE'));
    const seed = await runChild('recompute.js', ['seed', url, String(size)]).done;
    await withClient(url, (client) =>
      client.query('VACUUM ANALYZE conventions, convention_parties, convention_clauses'),
    );
    log(
      `   seed (bulk SQL, not part of the recompute figures): ${fmt(seed.conventions)} conventions, ` +
        `${fmt(seed.parties)} parties, ${fmt(seed.clauses)} clauses in ${fmt(seed.seconds, 2)} s`,
    );
    // The first pass finds the deadlines table empty; later ones replace every convention's rows.
    const passes = PASSES.map((mode, index) => ({ mode, pass: index === 0 ? 'first' : 'again' }));
    const done = [];
    for (const { mode, pass } of passes) {
      await withClient(url, (client) => client.query('CHECKPOINT'));
      const before = load();
      const loadBefore = os.loadavg()[0];
      const result = await runChild(
        'recompute.js',
        mode === 'rebuild'
          ? ['rebuild', url, String(BATCH), TODAY]
          : ['recompute', url, String(BATCH), TODAY, '0'],
      ).done;
      const entry = { size, mode, pass, loadBefore, loadAfter: os.loadavg()[0], ...result };
      done.push(entry);
      results.recompute.push(entry);
      log(
        `   ${`${mode === 'rebuild' ? 'rebuild (swap)' : 'replace, batch by batch'}, ${pass}`.padEnd(48)}` +
          `${fmt(result.seconds, 2).padStart(7)} s ${fmt(result.conventionsPerSecond).padStart(7)} conv/s ` +
          `${fmt(result.deadlines)} deadlines (${fmt(result.deadlinesPerSecond)}/s)`,
      );
      log(
        `      phases: load ${fmt(result.loadSeconds, 2)} s, compute ${fmt(result.computeSeconds, 2)} s, store ${fmt(result.storeSeconds, 2)} s; ` +
          `max RSS ${fmt(result.maxRssMb, 1)} MB, max heapUsed ${fmt(result.maxHeapUsedMb, 1)} MB ` +
          `(at start ${fmt(result.rssBeforeMb, 1)} / ${fmt(result.heapUsedBeforeMb, 1)} MB); ${before} → ${load()}`,
      );
    }
    const sizes = await withClient(url, async (client) => {
      const { rows } = await client.query(
        `SELECT pg_size_pretty(pg_total_relation_size('deadlines')) AS total,
                pg_size_pretty(pg_relation_size('deadlines')) AS heap,
                (SELECT count(*) FROM deadlines)::int AS rows`,
      );
      return rows[0];
    });
    log(`   deadlines table: ${fmt(sizes.rows)} rows, ${sizes.heap} heap, ${sizes.total} with indexes`);
    done.forEach((entry) => (entry.table = sizes));
  }
}

// ---------------------------------------------------------------------------------------------- calendar

async function explain(url, query, lines) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
    const plan = rows.map((row) => row['QUERY PLAN']);
    // The top of the plan, then every scan further down (which index, if any), then the timings;
    // long literals (the scope's uuid list) shortened.
    const scans = plan.slice(lines).filter((line) => /Scan|Index Cond|Recheck Cond/.test(line));
    const timings = plan.slice(lines).filter((line) => /^(Planning|Execution) Time/.test(line));
    return [...plan.slice(0, lines), ...(scans.length ? ['  ...', ...scans] : []), ...timings].map((line) =>
      line.length > 170 ? `${line.slice(0, 167)}...` : line,
    );
  });
}

const sqlLoad = (url, query, seconds) => sqlLoadWith(url, query, CONNECTIONS, seconds);

/** Sent with every API request: the bench admin's bearer token where the API has accounts. */
let headers = {};

/**
 * autocannon with CONNECTIONS connections for `seconds`; or, when `amount` is given (a window so
 * heavy that a timed run would see few or no answers), until that many requests are answered.
 */
function httpLoad(url, seconds, amount) {
  return new Promise((resolveLoad, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url,
        headers,
        connections: CONNECTIONS,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 300,
      },
      (error, result) => {
        if (error) return reject(error);
        const stats = summarize(latencies);
        resolveLoad({
          ...stats,
          perSecond: Math.round((latencies.length / result.duration) * 10) / 10,
          seconds: result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          autocannon: {
            p50: result.latency.p50,
            p99: result.latency.p99,
            requestsAverage: result.requests.average,
          },
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Warm-up without leaving requests in flight: each loop waits for its answer. */
async function warmUp(url, seconds) {
  await closedLoop(8, seconds, async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
  });
}

async function fetchOnce(url) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${body.toString().slice(0, 300)}`);
  return { items: JSON.parse(body.toString()).length, bytes: body.length, singleRequestMs: Math.round(ms) };
}

const askServer = askChild;

const latencyLine = (label, stats) =>
  `   ${label.padEnd(44)} p50 ${fmt(stats.p50, 1).padStart(8)}  p95 ${fmt(stats.p95, 1).padStart(8)}  ` +
  `p99 ${fmt(stats.p99, 1).padStart(8)} ms  ${fmt(stats.perSecond, 1).padStart(7)} req/s  (${fmt(stats.count)} in ${stats.seconds} s)`;

async function calendarBenchmark(url) {
  const size = SIZES[SIZES.length - 1];
  log(
    `\n== Calendar over ${fmt(size)} conventions (${CONNECTIONS} connections, ${DURATION} s each, today ${TODAY})`,
  );
  await withClient(url, (client) => client.query('VACUUM ANALYZE'));
  const server = runChild('calendar-server.js', [url, NOW, String(ORGANIZATION_SIZE)], { ipc: true });
  const { port, token, officer } = await new Promise((resolveReady, reject) => {
    server.child.once('message', (message) =>
      message.cmd === 'ready' ? resolveReady(message) : reject(message),
    );
    server.done.then(() => reject(new Error('the API exited before listening')), reject);
  });
  await withClient(url, (client) => client.query('ANALYZE convention_parties'));
  const base = `http://127.0.0.1:${port}`;
  const admin = { authorization: `Bearer ${token}` };
  const mine = { authorization: `Bearer ${officer.token}` };
  // Each case: who asks (a platform admin sees all 100k; an officer, the organization's conventions),
  // the window, and the repository's own SQL for that request, timed alone on 32 pg connections.
  const cases = [
    { name: 'month', who: 'admin, every convention', window: MONTH, headers: admin, scope: {} },
    { name: 'week', who: 'admin, every convention', window: WEEK, headers: admin, scope: {} },
    {
      name: 'organization',
      who: `officer, organization of ${fmt(ORGANIZATION_SIZE)} conventions`,
      window: MONTH,
      headers: mine,
      scope: { organizationIds: [officer.organizationId] },
    },
  ];
  const calendar = {
    size,
    connections: CONNECTIONS,
    duration: DURATION,
    organizationSize: ORGANIZATION_SIZE,
    cases: {},
    plans: {},
  };
  results.calendar = calendar;
  for (const entry of cases) entry.query = await calendarSql(entry.window.from, entry.window.to, entry.scope);
  for (const entry of cases) {
    calendar.plans[entry.name] = await explain(url, entry.query, 10);
    log(`\n   EXPLAIN (ANALYZE, BUFFERS) — calendar SQL, ${entry.name} (${entry.who})`);
    calendar.plans[entry.name].forEach((line) => log(`     ${line}`));
  }
  calendar.plans.beyondHorizon = await explain(url, await beyondHorizonSql(MONTH.to, {}), 6);
  log(
    '\n   EXPLAIN (ANALYZE, BUFFERS) — conventionsMaterialisedBefore (the use case runs it on every request)',
  );
  calendar.plans.beyondHorizon.forEach((line) => log(`     ${line}`));

  try {
    for (const entry of cases) {
      headers = entry.headers;
      const target = `${base}/api/calendar?from=${entry.window.from}&to=${entry.window.to}`;
      const loadBefore = os.loadavg()[0];
      const shape = await fetchOnce(target);
      const withSources = await fetchOnce(`${target}&include=source`);
      await warmUp(target, 2);
      // If one request alone (warm) takes so long that CONNECTIONS of them would not answer ~3
      // times each within the duration, count requests instead of seconds (and say so).
      const warm = await fetchOnce(target);
      const amount = warm.singleRequestMs * CONNECTIONS * 3 > DURATION * 1000 ? CONNECTIONS * 3 : null;
      const http = await httpLoad(target, DURATION, amount);
      http.mode = amount ? `${amount} requests` : `${DURATION} s`;
      // autocannon stops at its deadline with requests still being answered: let the API finish them.
      await askServer(server.child, { cmd: 'idle' });
      const sql = await sqlLoad(url, entry.query, DURATION);
      calendar.cases[entry.name] = {
        who: entry.who,
        window: entry.window,
        loadBefore,
        shape,
        withSources,
        warm,
        http,
        sql,
        ratioP95: Math.round((http.p95 / sql.p95) * 10) / 10,
      };
      log(
        `\n   ${entry.name} (${entry.who}) ${entry.window.from}..${entry.window.to}: ${fmt(shape.items)} items, ` +
          `${fmt(shape.bytes / 1024, 0)} KiB (one request alone: ${shape.singleRequestMs} ms, warm ${warm.singleRequestMs} ms; with include=source ` +
          `${fmt(withSources.bytes / 1024, 0)} KiB, ${withSources.singleRequestMs} ms); SQL returns ${fmt(sql.rows)} rows; ` +
          `loadavg before ${loadBefore.toFixed(2)}`,
      );
      log(latencyLine(`GET /api/calendar (${entry.name}, ${http.mode})`, http));
      if (http.non2xx || http.errors || http.timeouts) {
        log(`      non-2xx ${http.non2xx}, errors ${http.errors}, timeouts ${http.timeouts}`);
      }
      log(latencyLine(`calendar SQL via pg (${entry.name})`, sql));
      log(`   API p95 / SQL p95 = ${calendar.cases[entry.name].ratioP95}`);
    }
  } finally {
    server.child.send({ cmd: 'close' });
    await server.done;
  }
}

// ---------------------------------------------------------------------------------------------- summary

function summary() {
  log('\n== Summary (markdown)\n');
  log(
    '| conventions | variant | pass | seconds | conventions/s | deadlines stored | load / compute / store s | max RSS MB | max heapUsed MB |',
  );
  log('| ---: | --- | --- | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const r of results.recompute) {
    log(
      `| ${fmt(r.size)} | ${r.mode} | ${r.pass} | ${fmt(r.seconds, 1)} | ` +
        `${fmt(r.conventionsPerSecond)} | ${fmt(r.deadlines)} | ${fmt(r.loadSeconds, 1)} / ${fmt(r.computeSeconds, 1)} / ${fmt(r.storeSeconds, 1)} | ` +
        `${fmt(r.maxRssMb, 0)} | ${fmt(r.maxHeapUsedMb, 0)} |`,
    );
  }
  const c = results.calendar;
  if (!c) return;
  log(
    `\n| calendar over ${fmt(c.size)} conventions, ${c.connections} connections | items | response | p50 ms | p95 ms | p99 ms | req/s | p95 ratio to SQL |`,
  );
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const w of Object.values(c.cases)) {
    const label = `${w.window.from}..${w.window.to}, ${w.who}`;
    log(
      `| GET /api/calendar ${label} (${w.http.mode}) | ${fmt(w.shape.items)} | ${fmt(w.shape.bytes / 1024)} KiB | ${fmt(w.http.p50, 1)} | ${fmt(w.http.p95, 1)} | ${fmt(w.http.p99, 1)} | ${fmt(w.http.perSecond, 1)} | ${w.ratioP95} |`,
    );
    log(
      `| calendar SQL via pg, ${label} | ${fmt(w.sql.rows)} | | ${fmt(w.sql.p50, 1)} | ${fmt(w.sql.p95, 1)} | ${fmt(w.sql.p99, 1)} | ${fmt(w.sql.perSecond, 1)} | |`,
    );
  }
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  await withBenchDatabase(async (database) => {
    results.database = { kind: database.kind, serverVersion: database.serverVersion };
    log(
      `Passerelle deadline benchmarks — ${database.kind} PostgreSQL ${database.serverVersion}, node ${process.version}, ${os.cpus().length} CPUs`,
    );
    log(`sizes ${SIZES.join(', ')}; batches of ${BATCH}; today ${TODAY}`);
    await persistence.runMigrations(database.url);
    await recomputeBenchmark(database.url);
    if (process.env.BENCH_CALENDAR !== 'off') await calendarBenchmark(database.url);
    summary();
    log(`\nTotal ${fmt((performance.now() - started) / 1000, 0)} s`);
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(results, null, 2)}\n`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
