// Reminder dispatch (issue 20): bench/reminders.ts on the runner's database (its organizations,
// users and the day's sweep set up there, not timed), the product's dispatcher sending
// BENCH_DISPATCH_MAILS (default 3,000) mails, 16 in flight over 10 pooled SMTP connections, into
// an smtp-server sink, then the baseline (bench/baseline/dispatch-nodemailer.ts) sending the same
// message as many times through bare pooled nodemailer into the same sink, in the same process.
import * as os from 'node:os';
import { runChild } from '../lib/harness.mjs';

export const name = 'dispatch';

export async function run(ctx) {
  const { fmt, log, size, url } = ctx;
  await ctx.ensureDeadlines();
  const loadBefore = os.loadavg()[0];
  const result = await runChild('reminders.js', [url], {}).done;
  ctx.record('dispatch.mails-per-second', {
    product: result.mailsPerSecond,
    baseline: result.baseline.mailsPerSecond,
    unit: 'mails/s',
    target: 'ratio >= 0.8',
  });
  log(
    `   dispatch ${fmt(result.sent)} mails: product ${fmt(result.mailsPerSecond, 0)}/s, baseline ` +
      `${fmt(result.baseline.mailsPerSecond, 0)}/s; loadavg ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} (${fmt(size)} conventions)`,
  );
  return { loadBefore, loadAfter: os.loadavg()[0], ...result };
}
