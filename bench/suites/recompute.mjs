// The deadline engine at each size: RebuildDeadlinesUseCase and DeadlineStore.replace (issue 3),
// one child process per pass so that each memory figure is its own.
//   BENCH_BATCH   conventions per batch (default 2000)
//   BENCH_PASSES  comma-separated passes, in order (default rebuild,rebuild,replace):
//                 rebuild = RebuildDeadlinesUseCase (new table, indexes built once, swapped in);
//                 replace = batch by batch, DELETE + INSERT into the indexed table
import * as os from 'node:os';
import { runChild, withClient } from '../lib/harness.mjs';

export const name = 'recompute';

const BATCH = Number(process.env.BENCH_BATCH ?? 2000);
const PASSES = (process.env.BENCH_PASSES ?? 'rebuild,rebuild,replace')
  .split(',')
  .map((value) => value.trim());

export async function run(ctx) {
  const { fmt, log, size, url } = ctx;
  const done = [];
  for (const [index, mode] of PASSES.entries()) {
    const pass = index === 0 ? 'first' : 'again';
    await withClient(url, (client) => client.query('CHECKPOINT'));
    const loadBefore = os.loadavg()[0];
    const result = await runChild(
      'recompute.js',
      mode === 'rebuild'
        ? ['rebuild', url, String(BATCH), ctx.today]
        : ['recompute', url, String(BATCH), ctx.today, '0'],
    ).done;
    if (mode === 'rebuild') ctx.deadlinesBuilt();
    done.push({ mode, pass, loadBefore, loadAfter: os.loadavg()[0], ...result });
    log(
      `   ${`${mode === 'rebuild' ? 'rebuild (swap)' : 'replace, batch by batch'}, ${pass}`.padEnd(40)}` +
        `${fmt(result.seconds, 2).padStart(7)} s ${fmt(result.conventionsPerSecond).padStart(7)} conv/s ` +
        `${fmt(result.deadlines)} deadlines; max RSS ${fmt(result.maxRssMb, 0)} MB, heapUsed ${fmt(result.maxHeapUsedMb, 0)} MB; ` +
        `loadavg ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`,
    );
    ctx.record(`recompute.${mode}-${pass}.seconds`, { product: result.seconds, unit: 's' });
    ctx.record(`recompute.${mode}-${pass}.max-rss`, { product: result.maxRssMb, unit: 'MB' });
  }
  await withClient(url, (client) => client.query('VACUUM ANALYZE deadlines'));
  log(`   (${fmt(size)} conventions)`);
  return done;
}
