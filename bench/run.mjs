// `npm run bench`: the deadline engine's figures (recompute at 10k/50k/100k conventions, calendar
// latency over the largest set). Figures only, no pass/fail: they go into BENCHMARKS.md by hand.
//
// Environment:
//   DATABASE_URL     a PostgreSQL server; a fresh database passerelle_bench_<timestamp> is created on it
//                    and dropped at the end. Unset: an embedded PostgreSQL in a temporary directory.
//   BENCH_SIZES      comma-separated convention counts (default 10000,50000,100000)
//   BENCH_BATCH      conventions per rematerialise() call (default 2000)
//   BENCH_PIPELINE   "off": store each batch before loading the next; "on": overlap; "both" (default)
//   BENCH_DURATION   seconds per calendar load test (default 12)
//   BENCH_CALENDAR   "off" skips the calendar benchmark
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('reflect-metadata');
const persistence = require(join(root, 'dist/libs/persistence/src/index.js'));
const { calendarSql } = require(join(root, 'dist/bench/lib/calendar-sql.js'));
const { closedLoop, summarize } = require(join(root, 'dist/bench/lib/stats.js'));
const pg = require('pg');
const autocannon = require('autocannon');

// Calendar dates stay strings, as in the application (data-source.ts sets the same parser).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const TODAY = '2026-11-22';
const NOW = `${TODAY}T09:00:00Z`;
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map((size) => Number(size.trim()));
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);
const PIPELINE = process.env.BENCH_PIPELINE ?? 'both';
const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const CONNECTIONS = 32;
const MONTH = { from: '2027-03-01', to: '2027-03-31' };
const WEEK = { from: '2027-03-08', to: '2027-03-14' };
const SCOPE_SIZE = 200;

if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`BENCH_SIZES must be positive integers, got ${process.env.BENCH_SIZES}`);
  process.exit(2);
}

const log = (line = '') => process.stdout.write(`${line}\n`);
const results = { date: new Date().toISOString(), today: TODAY, sizes: SIZES, batch: BATCH, recompute: [], calendar: null };

// ---------------------------------------------------------------------------------------------- database

async function openDatabase() {
  const name = `passerelle_bench_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    await persistence.createDatabaseIfMissing(serverUrl, name);
    return {
      url: persistence.databaseUrlFor(serverUrl, name),
      kind: 'DATABASE_URL',
      close: () => persistence.dropDatabase(serverUrl, name),
    };
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'passerelle-bench-'));
  // As root, the embedded server runs as a `postgres` system user: it must reach the directory.
  chmodSync(dir, 0o755);
  const server = await persistence.startEmbeddedPostgres(join(dir, 'postgres'), { persistent: false });
  await persistence.createDatabaseIfMissing(server.serverUrl, name);
  return {
    url: persistence.databaseUrlFor(server.serverUrl, name),
    kind: 'embedded',
    close: async () => {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------- children

function runChild(script, args, { ipc = false } = {}) {
  const child = fork(join(root, 'dist/bench', script), args, {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    execArgv: [],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const done = new Promise((resolveDone, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 && !ipc) return reject(new Error(`${script} ${args[0]} exited with ${code}`));
      const line = stdout.split('\n').find((text) => text.startsWith('@@RESULT '));
      resolveDone(line ? JSON.parse(line.slice('@@RESULT '.length)) : null);
    });
  });
  return { child, done };
}

// ---------------------------------------------------------------------------------------------- recompute

const fmt = (value, digits = 0) =>
  typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : String(value);

async function recomputeBenchmark(url) {
  const modes = PIPELINE === 'both' ? ['sequential', 'pipelined'] : PIPELINE === 'on' ? ['pipelined'] : ['sequential'];
  for (const size of SIZES) {
    log(`\n== ${fmt(size)} conventions`);
    await withClient(url, (client) => client.query('TRUNCATE conventions CASCADE'));
    const seed = await runChild('recompute.js', ['seed', url, String(size)]).done;
    await withClient(url, (client) => client.query('VACUUM ANALYZE conventions, convention_parties, convention_clauses'));
    log(
      `   seed (bulk SQL, not timed as part of the recompute): ${fmt(seed.conventions)} conventions, ` +
        `${fmt(seed.parties)} parties, ${fmt(seed.clauses)} clauses in ${fmt(seed.seconds, 2)} s`,
    );
    // Pass "first": the deadlines table is empty (first materialisation). Then each further pass
    // replaces every convention's rows (DELETE + INSERT), which is what a recompute does.
    const passes = [];
    let first = true;
    for (const mode of modes) {
      for (const pass of first ? ['first', 'replace'] : ['replace']) {
        await withClient(url, (client) => client.query('CHECKPOINT'));
        const result = await runChild('recompute.js', [
          'recompute',
          url,
          String(BATCH),
          TODAY,
          mode === 'pipelined' ? 'pipelined' : 'sequential',
        ]).done;
        const entry = { size, mode, pass, ...result };
        passes.push(entry);
        results.recompute.push(entry);
        log(
          `   recompute ${mode.padEnd(10)} ${pass.padEnd(7)} ${fmt(result.seconds, 2).padStart(6)} s  ` +
            `${fmt(result.conventionsPerSecond).padStart(7)} conv/s  ${fmt(result.deadlines)} deadlines ` +
            `(${fmt(result.deadlinesPerSecond)}/s)  load ${fmt(result.loadSeconds, 2)} s, compute ${fmt(result.computeSeconds, 2)} s, ` +
            `store ${fmt(result.storeSeconds, 2)} s  max RSS ${fmt(result.maxRssMb, 1)} MB, max heapUsed ${fmt(result.maxHeapUsedMb, 1)} MB`,
        );
      }
      first = false;
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
    passes.forEach((entry) => (entry.table = sizes));
  }
}

// ---------------------------------------------------------------------------------------------- calendar

async function explain(url, query, lines) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
    return rows.map((row) => row['QUERY PLAN']).slice(0, lines);
  });
}

async function sqlLoad(url, query, seconds) {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const { rows } = await clients[0].query(query.sql, query.params);
    await closedLoop(CONNECTIONS, 2, (worker) => clients[worker].query(query.sql, query.params)); // warm-up
    const stats = await closedLoop(CONNECTIONS, seconds, (worker) => clients[worker].query(query.sql, query.params));
    return { rows: rows.length, ...stats };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

function httpLoad(url, seconds) {
  return new Promise((resolveLoad, reject) => {
    const latencies = [];
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, timeout: 120 },
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
          autocannon: { p50: result.latency.p50, p99: result.latency.p99, requestsAverage: result.requests.average },
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function fetchOnce(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.toString().slice(0, 300)}`);
  return { items: JSON.parse(body.toString()).length, bytes: body.length, singleRequestMs: Math.round(ms) };
}

function askServer(child, message) {
  return new Promise((resolveAsk, reject) => {
    const onMessage = (reply) => {
      if (reply.cmd === 'direct') {
        child.off('message', onMessage);
        resolveAsk(reply.result);
      } else if (reply.cmd === 'error') {
        child.off('message', onMessage);
        reject(new Error(reply.message));
      }
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

const latencyLine = (label, stats) =>
  `   ${label.padEnd(44)} p50 ${fmt(stats.p50, 1).padStart(8)}  p95 ${fmt(stats.p95, 1).padStart(8)}  ` +
  `p99 ${fmt(stats.p99, 1).padStart(8)} ms  ${fmt(stats.perSecond, 1).padStart(7)} req/s  (${fmt(stats.count)} in ${stats.seconds} s)`;

async function calendarBenchmark(url) {
  const size = SIZES[SIZES.length - 1];
  log(`\n== Calendar over ${fmt(size)} conventions (${CONNECTIONS} connections, ${DURATION} s each, today ${TODAY})`);
  await withClient(url, (client) => client.query('VACUUM ANALYZE'));
  const scopeIds = await withClient(url, async (client) =>
    (await client.query('SELECT id FROM conventions ORDER BY reference LIMIT $1', [SCOPE_SIZE])).rows.map((row) => row.id),
  );
  const queries = {
    month: await calendarSql(MONTH.from, MONTH.to, {}),
    week: await calendarSql(WEEK.from, WEEK.to, {}),
    scoped: await calendarSql(MONTH.from, MONTH.to, { conventionIds: scopeIds }),
  };
  const calendar = { size, connections: CONNECTIONS, duration: DURATION, month: MONTH, week: WEEK, scopeSize: SCOPE_SIZE, plans: {} };
  results.calendar = calendar;

  for (const [name, lines] of [['month', 14], ['week', 14], ['scoped', 14]]) {
    calendar.plans[name] = await explain(url, queries[name], lines);
    log(`\n   EXPLAIN (ANALYZE, BUFFERS) — ${name} (top ${lines} lines)`);
    calendar.plans[name].forEach((line) => log(`     ${line}`));
  }

  const server = runChild('calendar-server.js', [url, NOW], { ipc: true });
  const port = await new Promise((resolvePort, reject) => {
    server.child.once('message', (message) => (message.cmd === 'ready' ? resolvePort(message.port) : reject(message)));
    server.done.then(() => reject(new Error('the API exited before listening')), reject);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    log('');
    for (const [name, window] of [['month', MONTH], ['week', WEEK]]) {
      const target = `${base}/api/calendar?from=${window.from}&to=${window.to}`;
      const shape = await fetchOnce(target);
      await httpLoad(target, 2); // warm-up
      const http = await httpLoad(target, DURATION);
      const sql = await sqlLoad(url, queries[name], DURATION);
      calendar[name] = { shape, http, sql, ratioP95: Math.round((http.p95 / sql.p95) * 10) / 10 };
      log(
        `   ${name} ${window.from}..${window.to}: ${fmt(shape.items)} items, ${fmt(shape.bytes / 1024, 0)} KiB ` +
          `(one request alone: ${shape.singleRequestMs} ms); SQL returns ${fmt(sql.rows)} rows`,
      );
      log(latencyLine(`GET /api/calendar (${name})`, http));
      if (http.non2xx || http.errors || http.timeouts) {
        log(`      non-2xx ${http.non2xx}, errors ${http.errors}, timeouts ${http.timeouts}`);
      }
      log(latencyLine(`calendar SQL via pg (${name})`, sql));
      log(`   API p95 / SQL p95 = ${calendar[name].ratioP95}`);
    }
    const scopedSql = await sqlLoad(url, queries.scoped, DURATION);
    const scopedUseCase = await askServer(server.child, {
      cmd: 'direct',
      from: MONTH.from,
      to: MONTH.to,
      scopeSize: SCOPE_SIZE,
      concurrency: CONNECTIONS,
      seconds: DURATION,
    });
    calendar.scoped = { sql: scopedSql, useCase: scopedUseCase, ratioP95: Math.round((scopedUseCase.p95 / scopedSql.p95) * 10) / 10 };
    log(
      `   month scoped to ${SCOPE_SIZE} conventions (conventionIds): ${fmt(scopedUseCase.items)} items, ` +
        `${fmt(scopedUseCase.bytes / 1024, 1)} KiB of JSON`,
    );
    log(latencyLine(`GetCalendarUseCase.execute, in-process`, scopedUseCase));
    log(latencyLine(`calendar SQL via pg (scoped)`, scopedSql));
    log(`   use case p95 / SQL p95 = ${calendar.scoped.ratioP95}`);
  } finally {
    server.child.send({ cmd: 'close' });
    await server.done;
  }
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const database = await openDatabase();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    database.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const server = await withClient(database.url, async (client) => (await client.query('SHOW server_version')).rows[0].server_version);
    results.database = { kind: database.kind, serverVersion: server };
    log(`Passerelle deadline benchmarks — ${database.kind} PostgreSQL ${server}, node ${process.version}, ${os.cpus().length} CPUs`);
    log(`sizes ${SIZES.join(', ')}; batches of ${BATCH}; today ${TODAY}`);
    await persistence.runMigrations(database.url);
    await recomputeBenchmark(database.url);
    if (process.env.BENCH_CALENDAR !== 'off') await calendarBenchmark(database.url);
    log(`\nTotal ${fmt((performance.now() - started) / 1000, 0)} s`);
    log(`\n@@JSON ${JSON.stringify(results)}`);
  } finally {
    if (!interrupted) await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
