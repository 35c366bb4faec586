/**
 * npm run bench:extraction — reading signed conventions, timed on this machine:
 *   1. a 40-page PDF with a text layer: read (pdf.js in its worker) and extracted, five runs;
 *   2. OCR of scanned pages (tesseract.js, fra+eng): seconds a page;
 *   3. the RSS of the whole process, sampled every 100 ms, during a scan of BENCH_OCR_PAGES pages (20).
 * Figures only; they go into BENCHMARKS.md by hand.
 *
 * The two test PDFs are drawn in a child process (pdf-lib and @napi-rs/canvas: 20 page images) and
 * handed over as files, so the RSS sampled here is the product's reading, not the bench's drawing.
 *
 * Environment: BENCH_OCR_PAGES (default 20), BENCH_TEXT_RUNS (default 5).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { answerFor } from '../libs/application/src/extraction/extraction-answer';
import { FileDocumentReader } from '../libs/file-reading/src/file-document-reader';
import { scannedPdf, textPdf } from '../libs/testing/src/documents';

const seeds = join(process.cwd(), 'test', 'extraction', 'corpus');
const vlg = readFileSync(join(seeds, 'villeneuve-la-garenne-tiznit.txt'), 'utf8');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** `node dist/bench/extraction.js --draw <folder> <pages>`: the child that draws the test PDFs. */
async function draw(folder: string, ocrPages: number) {
  writeFileSync(join(folder, 'text.pdf'), await textPdf(vlg, 40));
  writeFileSync(join(folder, 'scan.pdf'), await scannedPdf(scanTexts(ocrPages)));
}

/** A scan's pages: each the text of an article of the seed (rendered as an image by the child). */
function scanTexts(ocrPages: number): string[] {
  const chunks = vlg
    .split(/\n(?=ARTICLE|Article|Axe|AXE|ANNEXE)/)
    .filter((chunk) => chunk.trim().length > 200);
  return Array.from({ length: ocrPages }, (_, i) => chunks[i % chunks.length].slice(0, 2200));
}

/** The extraction's findings as `field=value`, to compare the OCR'd text's with the clean text's. */
function findingsOf(text: string): Set<string> {
  return new Set(
    answerFor(text, 'fr', { format: 'pdf' }).findings.map((f) => `${f.field}=${JSON.stringify(f.value)}`),
  );
}

function drawn(ocrPages: number): { text: Buffer; scan: Buffer } {
  const folder = mkdtempSync(join(os.tmpdir(), 'passerelle-bench-'));
  try {
    execFileSync(process.execPath, [__filename, '--draw', folder, String(ocrPages)], { stdio: 'inherit' });
    return { text: readFileSync(join(folder, 'text.pdf')), scan: readFileSync(join(folder, 'scan.pdf')) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main() {
  const ocrPages = Number(process.env.BENCH_OCR_PAGES ?? 20);
  const files = drawn(ocrPages);
  const reader = new FileDocumentReader();
  console.log(
    `# bench:extraction — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  // 1. A 40-page text PDF, read and extracted (what POST /api/extract does before it answers).
  const runs = Number(process.env.BENCH_TEXT_RUNS ?? 5);
  // BENCH_TEXT_RUNS=0: the scan alone, its RSS not inflated by the text part's allocations.
  if (runs > 0) await textPart(reader, runs, files.text);
  await scanPart(reader, files.scan, ocrPages);
}

async function textPart(reader: FileDocumentReader, runs: number, pdf: Buffer) {
  const times: number[] = [];
  let pages = 0;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const reading = await reader.read(pdf);
    if (reading.kind !== 'text') throw new Error('expected a text layer');
    const answer = answerFor(reading.text, 'fr', { format: 'pdf', pages: reading.pages });
    times.push(performance.now() - started);
    pages = reading.pages ?? 0;
    findings = answer.findings.length;
  }
  console.log(`\ntext PDF: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${findings} findings`);
  console.log(
    `  read + extract: median ${median(times).toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
}

async function scanPart(reader: FileDocumentReader, scan: Buffer, ocrPages: number) {
  // 2 and 3. The scan drawn by the child.
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const baseline = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const pageTimes: number[] = [];
  let last = performance.now();
  const started = performance.now();
  const ocr = await reader.ocr(scan, (page) => {
    const now = performance.now();
    if (page > 0) pageTimes.push(now - last);
    last = now;
  });
  const total = performance.now() - started;
  clearInterval(sampler);
  const confidence =
    ocr.confidences.reduce((sum, page) => sum + page.confidence, 0) / Math.max(1, ocr.confidences.length);
  console.log(
    `\nscan: ${ocrPages} pages (${(scan.length / 1024 / 1024).toFixed(1)} MiB), mean OCR confidence ${confidence.toFixed(0)}`,
  );
  console.log(
    `  total ${(total / 1000).toFixed(1)} s (worker start and trained data load included): ${(total / 1000 / ocrPages).toFixed(2)} s a page`,
  );
  console.log(
    `  per page after the first: median ${(median(pageTimes) / 1000).toFixed(2)} s, max ${(Math.max(...pageTimes) / 1000).toFixed(2)} s`,
  );
  const clean = findingsOf(scanTexts(ocrPages).join('\n\n'));
  const read = findingsOf(ocr.text);
  const same = [...clean].filter((finding) => read.has(finding)).length;
  console.log(
    `  extraction on the OCR'd text: ${same} of the clean text's ${clean.size} findings, ${read.size - same} others`,
  );
  console.log(`  RSS of the process: ${mib(baseline)} MiB before, peak ${mib(peak)} MiB during the scan`);
}

const drawing = process.argv.indexOf('--draw');
void (drawing > 0 ? draw(process.argv[drawing + 1], Number(process.argv[drawing + 2])) : main()).catch(
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
