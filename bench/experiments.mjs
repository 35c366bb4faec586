// `node scripts/build-if-needed.mjs && node bench/experiments.mjs`: what-if figures behind the
// recommendations in BENCHMARKS.md. Nothing here changes the application: the indexes below are
// created in the throwaway bench database only, to measure what they would change.
//
// Environment: DATABASE_URL (else embedded PostgreSQL), BENCH_SIZE (default 100000),
// BENCH_DURATION (seconds per load loop, default 8), BENCH_WRITE_SAMPLE (conventions whose deadlines
// are rewritten to measure the write cost of an index, default 20000), BENCH_OUT (JSON file).
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import {
  fmt,
  log,
  persistence,
  require,
  root,
  runChild,
  sqlLoad,
  withBenchDatabase,
  withClient,
} from './lib/harness.mjs';

const { beyondHorizonSql, calendarSql } = require(join(root, 'dist/bench/lib/calendar-sql.js'));
const { calendarDateIn, addDays } = require(join(root, 'dist/libs/domain/src/index.js'));
const { deadlineHorizon } = require(join(root, 'dist/libs/application/src/index.js'));

const TODAY = '2026-11-22';
const SIZE = Number(process.env.BENCH_SIZE ?? 100000);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const WRITE_SAMPLE = Number(process.env.BENCH_WRITE_SAMPLE ?? 20000);
const WEEK = ['2027-03-08', '2027-03-14'];
const MONTH = ['2027-03-01', '2027-03-31'];
// Every deadlines column the calendar query reads (TypeormDeadlineRepository.calendar).
const COVERING = `CREATE INDEX bench_deadlines_due_on_covering ON deadlines (due_on)
  INCLUDE (convention_id, kind, source_article, source_quote, term_index, plan_year, period_from)`;
const results = { date: new Date().toISOString(), size: SIZE };
const loadavg = () => `loadavg ${os.loadavg()[0].toFixed(2)}`;

async function explain(url, query) {
  return withClient(url, async (client) => {
    const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params)).rows.map(
      (row) => row['QUERY PLAN'],
    );
    const time = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1))?.[1]);
    const scans = plan
      .filter((line) => /Scan/.test(line))
      .map((line) =>
        line
          .trim()
          .replace(/\s+\(cost.*$/, '')
          .replace(/^->\s+/, ''),
      );
    return { executionMs: time, scans: [...new Set(scans)] };
  });
}

async function calendarFigures(url, label) {
  const out = {};
  for (const [name, [from, to]] of [
    ['week', WEEK],
    ['month', MONTH],
  ]) {
    const query = await calendarSql(from, to, {});
    const plan = await explain(url, query);
    const alone = await sqlLoad(url, query, 1, DURATION);
    const loaded = await sqlLoad(url, query, 32, DURATION);
    out[name] = { plan, alone, loaded };
    log(
      `   ${label}, ${name} (${fmt(alone.rows)} rows): EXPLAIN ${fmt(plan.executionMs, 1)} ms via ${plan.scans.join(', ')}; ` +
        `1 client p50 ${fmt(alone.p50, 1)} / p95 ${fmt(alone.p95, 1)} ms; 32 clients p50 ${fmt(loaded.p50, 1)} / p95 ${fmt(loaded.p95, 1)} ms, ` +
        `${fmt(loaded.perSecond, 1)} queries/s; ${loadavg()}`,
    );
  }
  return out;
}

async function rewrite(url, label) {
  await withClient(url, (client) => client.query('CHECKPOINT'));
  const result = await runChild('recompute.js', ['recompute', url, '2000', TODAY, '0', String(WRITE_SAMPLE)])
    .done;
  log(
    `   rematerialise ${fmt(result.conventions)} conventions (${fmt(result.deadlines)} deadlines) ${label}: ` +
      `${fmt(result.seconds, 2)} s, store ${fmt(result.storeSeconds, 2)} s (${fmt(result.deadlines / result.storeSeconds)} rows/s stored); ${loadavg()}`,
  );
  return result;
}

async function main() {
  await withBenchDatabase(async (database) => {
    const { url } = database;
    results.database = { kind: database.kind, serverVersion: database.serverVersion };
    log(
      `Passerelle what-if experiments — ${database.kind} PostgreSQL ${database.serverVersion}, ${fmt(SIZE)} conventions`,
    );
    await persistence.runMigrations(url);
    const seed = await runChild('recompute.js', ['seed', url, String(SIZE)]).done;
    const first = await runChild('recompute.js', ['recompute', url, '2000', TODAY, '2']).done;
    await withClient(url, (client) => client.query('VACUUM ANALYZE'));
    log(
      `   data: ${fmt(seed.conventions)} conventions, ${fmt(first.deadlines)} deadlines materialised in ${fmt(first.seconds, 1)} s`,
    );

    // 1. What the nightly horizon extension rewrites: findMaterialisedBefore's condition for tomorrow's horizon.
    const tomorrow = deadlineHorizon(addDays(TODAY, 1));
    results.nightly = await withClient(url, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS conventions, coalesce(sum(n), 0)::int AS deadlines FROM (
           SELECT (SELECT count(*) FROM deadlines d WHERE d.convention_id = c.id) AS n FROM conventions c
            WHERE deadlines_until IS NOT NULL AND deadlines_until < $1
              AND (ends_on IS NULL OR ends_on > deadlines_until)
              AND (terminated_on IS NULL OR terminated_on > deadlines_until)) AS due`,
        [tomorrow],
      );
      const { rows: fresh } = await client.query(
        `SELECT count(*)::int AS n FROM deadlines WHERE due_on > $1 AND due_on <= $2`,
        [deadlineHorizon(TODAY), tomorrow],
      );
      return { ...rows[0], newDeadlinesInTheExtraDay: fresh[0].n, horizon: tomorrow };
    });
    log(
      `\n1. Nightly horizon extension (horizon ${tomorrow}): ${fmt(results.nightly.conventions)} conventions selected, ` +
        `${fmt(results.nightly.deadlines)} of their deadline rows deleted and re-inserted by rematerialise`,
    );

    // 2. The calendar's second query on every request, with and without an index on deadlines_until.
    const beyond = await beyondHorizonSql(MONTH[1], {});
    const beyondBefore = { plan: await explain(url, beyond), loop: await sqlLoad(url, beyond, 1, 3) };
    await withClient(url, (client) =>
      client.query('CREATE INDEX bench_conventions_deadlines_until ON conventions (deadlines_until)'),
    );
    await withClient(url, (client) => client.query('ANALYZE conventions'));
    const beyondAfter = { plan: await explain(url, beyond), loop: await sqlLoad(url, beyond, 1, 3) };
    await withClient(url, (client) => client.query('DROP INDEX bench_conventions_deadlines_until'));
    results.beyondHorizon = { before: beyondBefore, after: beyondAfter };
    log(
      `\n2. conventionsMaterialisedBefore: ${beyondBefore.plan.scans.join(', ')} p50 ${fmt(beyondBefore.loop.p50, 2)} ms → ` +
        `with an index on conventions (deadlines_until): ${beyondAfter.plan.scans.join(', ')} p50 ${fmt(beyondAfter.loop.p50, 2)} ms`,
    );

    // 3. The calendar query with a covering index on due_on, and what that index costs writes.
    log(
      '\n3. Calendar SQL, without and with a covering index on deadlines (due_on) INCLUDE (the columns it reads)',
    );
    const before = await calendarFigures(url, 'as migrated');
    const writeBefore = await rewrite(url, 'as migrated');
    await withClient(url, (client) => client.query('VACUUM ANALYZE deadlines'));
    await withClient(url, (client) => client.query(COVERING));
    await withClient(url, (client) => client.query('VACUUM ANALYZE deadlines'));
    const sizes = await withClient(
      url,
      async (client) =>
        (
          await client.query(
            `SELECT pg_size_pretty(pg_relation_size('bench_deadlines_due_on_covering')) AS covering,
              pg_size_pretty(pg_relation_size('deadlines')) AS heap,
              pg_size_pretty(pg_indexes_size('deadlines')) AS indexes`,
          )
        ).rows[0],
    );
    log(
      `   covering index ${sizes.covering} (table heap ${sizes.heap}, all its indexes now ${sizes.indexes})`,
    );
    const after = await calendarFigures(url, 'covering index');
    const writeAfter = await rewrite(url, 'with the covering index');
    results.calendar = { before, after, sizes, writeBefore, writeAfter };

    // 4. calendarDateIn builds an Intl.DateTimeFormat per call.
    const now = new Date(`${TODAY}T09:00:00Z`);
    const zones = ['Europe/Paris', 'Africa/Casablanca'];
    const perCall = (fn) => {
      for (let i = 0; i < 2000; i += 1) fn(now, zones[i % 2]);
      const t0 = performance.now();
      for (let i = 0; i < 20000; i += 1) fn(now, zones[i % 2]);
      return ((performance.now() - t0) / 20000) * 1000;
    };
    const formatters = new Map();
    const cached = (instant, timeZone) => {
      let formatter = formatters.get(timeZone);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat('en-CA', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        });
        formatters.set(timeZone, formatter);
      }
      return formatter.format(instant);
    };
    results.calendarDateIn = {
      microsecondsPerCall: perCall(calendarDateIn),
      cachedFormatterMicroseconds: perCall(cached),
    };
    log(
      `\n4. calendarDateIn: ${fmt(results.calendarDateIn.microsecondsPerCall, 1)} µs per call; ` +
        `with one cached Intl.DateTimeFormat per zone: ${fmt(results.calendarDateIn.cachedFormatterMicroseconds, 1)} µs`,
    );
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(results, null, 2)}\n`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
