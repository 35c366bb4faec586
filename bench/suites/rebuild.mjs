// The product's deadline rebuild (RebuildDeadlinesUseCase, what `npm run deadlines:rebuild` and
// `npm start` run) beside its baseline (bench/baseline/rebuild-copy.ts: the same computation over
// the same documents, bare pg straight to COPY), alternated product, baseline, product, baseline;
// each figure the better of its two runs. Node's default heap settings (issue 20: no V8 flags).
// The baseline checks that its rows equal the product's.
import * as os from 'node:os';
import { runChild, withClient } from '../lib/harness.mjs';

export const name = 'rebuild';

const BATCH = String(Number(process.env.BENCH_BATCH ?? 2000));

export async function run(ctx) {
  const { fmt, log, url, today } = ctx;
  const runs = { product: [], baseline: [] };
  for (let round = 0; round < 2; round += 1) {
    for (const side of ['product', 'baseline']) {
      await withClient(url, (client) => client.query('CHECKPOINT'));
      const loadBefore = os.loadavg()[0];
      const result = await runChild(
        side === 'product' ? 'recompute.js' : 'baseline/rebuild-copy.js',
        side === 'product' ? ['rebuild', url, BATCH, today] : [url, BATCH, today],
      ).done;
      if (side === 'product') ctx.deadlinesBuilt();
      if (side === 'baseline' && !result.sameRowsAsProduct)
        throw new Error(
          `baseline rows differ from the product's: ${result.extra} extra, ${result.missing} missing`,
        );
      runs[side].push({ loadBefore, loadAfter: os.loadavg()[0], ...result });
      log(
        `   ${side.padEnd(9)} ${fmt(result.seconds, 2).padStart(7)} s ${fmt(result.deadlines)} deadlines; ` +
          `max RSS ${fmt(result.maxRssMb, 0)} MB, heapUsed ${fmt(result.maxHeapUsedMb, 0)} MB; ` +
          `loadavg ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`,
      );
    }
  }
  const best = (side, key) => Math.min(...runs[side].map((result) => result[key]));
  ctx.record('rebuild.seconds', {
    product: best('product', 'seconds'),
    baseline: best('baseline', 'seconds'),
    unit: 's',
    target: ctx.size >= 100_000 ? 'product < 20' : null,
  });
  ctx.record('rebuild.max-rss', {
    product: Math.max(...runs.product.map((result) => result.maxRssMb)),
    baseline: Math.max(...runs.baseline.map((result) => result.maxRssMb)),
    unit: 'MB',
    target: 'product <= 256',
  });
  return runs;
}
