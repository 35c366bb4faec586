// `npm run bench`: every benchmark registered below, at each size of BENCH_SIZES, each product
// figure beside the raw baseline measured in the same run (bench/baseline/) and their ratio.
// Figures only, no pass/fail: they go into BENCHMARKS.md by hand.
//
// A benchmark is one file in bench/suites/ exporting `name` and `run(ctx)`, called once per size
// after the seed (see bench/lib/figures.mjs for `ctx`); it reports with
// `ctx.record(name, { product, baseline, unit, target })`. Register it with one line in SUITES.
//
// Environment:
//   DATABASE_URL     a PostgreSQL server; a fresh database passerelle_bench_<timestamp> is created on it
//                    and dropped at the end. Unset: an embedded PostgreSQL in a temporary directory.
//   BENCH_SIZES      comma-separated convention counts (default 10000,50000,100000)
//   BENCH_ONLY       comma-separated suite names (default: all)
//   BENCH_DURATION   seconds per load test (default 12)
//   BENCH_OUT        a file to write every figure to, as JSON {name: {product, baseline, ratio, unit}}
//   BENCH_DETAILS    a file to write each suite's detailed results to, as JSON
//   (each suite documents its own knobs at its top)
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { Figures } from './lib/figures.mjs';
import { fmt, log, persistence, runChild, withBenchDatabase, withClient } from './lib/harness.mjs';

const SUITES = [
  './suites/recompute.mjs',
  './suites/calendar.mjs',
  './suites/rebuild.mjs',
  './suites/dispatch.mjs',
];

const TODAY = '2026-11-22';
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map((size) => Number(size.trim()));
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const DURATION = Number(process.env.BENCH_DURATION ?? 12);

if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`BENCH_SIZES must be positive integers, got ${process.env.BENCH_SIZES}`);
  process.exit(2);
}

/** A fresh data set of `size` generated conventions (bench/lib/generate.ts), analysed; not timed as a figure. */
async function seed(url, size) {
  await withClient(url, (client) => client.query('TRUNCATE conventions, organizations, users CASCADE'));
  const seeded = await runChild('recompute.js', ['seed', url, String(size)]).done;
  await withClient(url, (client) => client.query('VACUUM ANALYZE'));
  log(
    `   seed (bulk SQL): ${fmt(seeded.conventions)} conventions, ${fmt(seeded.parties)} parties, ` +
      `${fmt(seeded.clauses)} clauses in ${fmt(seeded.seconds, 2)} s`,
  );
}

async function main() {
  const started = performance.now();
  const suites = [];
  for (const path of SUITES) {
    const suite = await import(path);
    if (!ONLY || ONLY.includes(suite.name)) suites.push(suite);
  }
  const figures = new Figures();
  const details = {};
  await withBenchDatabase(async (database) => {
    log(
      `Passerelle benchmarks — ${database.kind} PostgreSQL ${database.serverVersion}, node ${process.version}, ` +
        `${os.cpus().length} CPUs, loadavg ${os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(' ')}`,
    );
    log(`sizes ${SIZES.join(', ')}; suites ${suites.map((suite) => suite.name).join(', ')}; today ${TODAY}`);
    await persistence.runMigrations(database.url);
    for (const size of SIZES) {
      log(`\n== ${fmt(size)} conventions (loadavg ${os.loadavg()[0].toFixed(2)})`);
      await seed(database.url, size);
      let deadlines = false;
      const ctx = {
        url: database.url,
        size,
        sizes: SIZES,
        today: TODAY,
        duration: DURATION,
        log,
        fmt,
        record: (name, figure) => figures.record(name, size, figure),
        /** Suites that read deadlines call this; a suite that rebuilds them calls `deadlinesBuilt()`. */
        ensureDeadlines: async () => {
          if (deadlines) return;
          const result = await runChild('recompute.js', ['rebuild', database.url, '2000', TODAY]).done;
          log(`   deadlines rebuilt (not a figure): ${fmt(result.deadlines)} in ${fmt(result.seconds, 1)} s`);
          await withClient(database.url, (client) => client.query('VACUUM ANALYZE'));
          deadlines = true;
        },
        deadlinesBuilt: () => (deadlines = true),
      };
      for (const suite of suites) {
        log(`\n-- ${suite.name} at ${fmt(size)} (loadavg ${os.loadavg()[0].toFixed(2)})`);
        const result = await suite.run(ctx);
        (details[suite.name] ??= {})[size] = result ?? null;
      }
    }
  });
  figures.print(log, SIZES);
  log(
    `\nTotal ${fmt((performance.now() - started) / 1000, 0)} s, loadavg ${os.loadavg()[0].toFixed(2)} at the end`,
  );
  if (process.env.BENCH_OUT)
    writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(figures.json(SIZES), null, 2)}\n`);
  if (process.env.BENCH_DETAILS)
    writeFileSync(process.env.BENCH_DETAILS, `${JSON.stringify(details, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
