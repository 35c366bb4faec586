// HTTP load for the product-versus-baseline comparisons: autocannon, every response's latency
// kept, and the two servers measured in alternating rounds so that a change in the machine's load
// (it is shared) falls on both.
import { join } from 'node:path';
import { require, root } from './harness.mjs';

const autocannon = require('autocannon');
const { summarize } = require(join(root, 'dist/bench/lib/stats.js'));

/** `connections` connections on `url` for `seconds`: latencies (ms) and failures. */
export function httpLoad(url, { headers = {}, connections = 32, seconds }) {
  return new Promise((resolveLoad, reject) => {
    const latencies = [];
    const instance = autocannon(
      { url, headers, connections, duration: seconds, timeout: 60 },
      (error, result) => {
        if (error) return reject(error);
        resolveLoad({
          latencies,
          seconds: result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
    });
  });
}

function merge(runs) {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((total, run) => total + run.seconds, 0);
  return {
    ...summarize(latencies),
    perSecond: Math.round((latencies.length / seconds) * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    non2xx: runs.reduce((total, run) => total + run.non2xx, 0),
    errors: runs.reduce((total, run) => total + run.errors + run.timeouts, 0),
  };
}

/** One GET, timed: status, bytes, ms. */
export async function fetchOnce(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${body.toString().slice(0, 300)}`);
  return { body, bytes: body.length, ms: Math.round(ms * 10) / 10 };
}

/**
 * The product and its baseline under the same load: `rounds` rounds of (baseline, product), each
 * seconds / rounds long, after one warm-up of each; `idle()` waits for the product to finish the
 * requests a round left in flight.
 */
export async function compare({ product, baseline, seconds, rounds = 2, connections = 32, idle }) {
  for (const side of [baseline, product]) await httpLoad(side.url, { ...side, connections, seconds: 1 });
  if (idle) await idle();
  const runs = { product: [], baseline: [] };
  for (let round = 0; round < rounds; round += 1) {
    runs.baseline.push(await httpLoad(baseline.url, { ...baseline, connections, seconds: seconds / rounds }));
    runs.product.push(await httpLoad(product.url, { ...product, connections, seconds: seconds / rounds }));
    if (idle) await idle();
  }
  return { product: merge(runs.product), baseline: merge(runs.baseline) };
}
