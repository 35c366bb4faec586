// `npm run bench:mail`: why the MJML layouts are compiled at build time. Measures, in one process,
// what compiling at start-up would cost (loading mjml, compiling every layout) against what a mail
// costs now (filling a compiled layout). Figures only; they go into BENCHMARKS.md by hand.
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sampleMails } from '../libs/mail/src/preview/sample-mails';

async function main(): Promise<void> {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  let started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileMailTemplates } = require('../../scripts/compile-mail-templates.cjs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mjml');
  const requireMs = performance.now() - started;
  started = performance.now();
  const layouts: Map<string, string> = await compileMailTemplates();
  const firstCompileMs = performance.now() - started;
  started = performance.now();
  const rounds = 5;
  for (let round = 0; round < rounds; round += 1) await compileMailTemplates();
  const compileMs = (performance.now() - started) / rounds;
  sampleMails(); // warm: the compiled files read once and cached
  started = performance.now();
  let mails = 0;
  for (let round = 0; round < 20; round += 1) mails += sampleMails().length;
  const renderMs = (performance.now() - started) / mails;
  const lines = [
    `load average ${load}`,
    `require('mjml'): ${requireMs.toFixed(0)} ms`,
    `compile ${layouts.size} layouts, first time: ${firstCompileMs.toFixed(0)} ms; then ${compileMs.toFixed(0)} ms (${(compileMs / layouts.size).toFixed(1)} ms a layout)`,
    `one mail from compiled layouts (HTML + text, composer included): ${renderMs.toFixed(2)} ms (${mails} mails)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
