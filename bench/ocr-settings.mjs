// `node scripts/build-if-needed.mjs && node bench/ocr-settings.mjs`: the tesseract.js settings
// compared on the same scanned pages (seed text rendered as images), seconds a page beside the
// mean confidence and the share of the seed's words read back, so speed is not bought with misreads.
// Figures behind the choice in docs/extraction.md; nothing here changes the application.
//
// Environment: OCR_PAGES (default 3), OCR_VARIANTS (comma-separated names, default all).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { scannedPdf } = require(path.join(root, 'dist/libs/testing/src/documents.js'));
const { readPdf } = require(path.join(root, 'dist/libs/file-reading/src/pdf-reader.js'));

const { answerFor } = require(path.join(root, 'dist/libs/application/src/extraction/extraction-answer.js'));
const seed = readFileSync(path.join(root, 'test/extraction/corpus/villeneuve-la-garenne-tiznit.txt'), 'utf8');
const chunks = seed.split(/\n(?=ARTICLE|Article|Axe|AXE|ANNEXE)/).filter((c) => c.trim().length > 200);
const pages = Number(process.env.OCR_PAGES ?? 3);
const texts = Array.from({ length: pages }, (_, i) => chunks[(i * 3) % chunks.length].slice(0, 2200));

const words = (text) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
/** Share of the source's words found, in order-free multiset terms. */
function wordRecall(source, read) {
  const bag = new Map();
  for (const w of words(read)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  const want = words(source);
  for (const w of want) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / want.length;
}

const variants = {
  'before: fra+eng psm(default) 2x png': { languages: ['fra', 'eng'], scale: 2, image: 'png' },
  'fra+eng psm(default) 2x gray': { languages: ['fra', 'eng'], scale: 2, image: 'gray' },
  'fra+eng psm3 2x gray': { languages: ['fra', 'eng'], scale: 2, psm: '3', image: 'gray' },
  'fra+eng psm6 2x gray': { languages: ['fra', 'eng'], scale: 2, psm: '6', image: 'gray' },
  'fra psm(default) 2x gray': { languages: ['fra'], scale: 2, image: 'gray' },
  'fra+eng psm(default) 1.5x gray': { languages: ['fra', 'eng'], scale: 1.5, image: 'gray' },
  'fra+eng psm(default) 1.5x png': { languages: ['fra', 'eng'], scale: 1.5, image: 'png' },
  'fra psm(default) 1.5x gray': { languages: ['fra'], scale: 1.5, image: 'gray' },
};
const chosen = process.env.OCR_VARIANTS?.split(',') ?? Object.keys(variants);

/** The extraction's findings as `path=value`, to compare a reading with the clean text's. */
const findings = (text) =>
  new Set(
    answerFor(text, 'fr', { format: 'pdf' }).findings.map((f) => `${f.field}=${JSON.stringify(f.value)}`),
  );
const clean = findings(texts.join('\n\n'));
const scan = await scannedPdf(texts);
console.log(
  `# ocr-settings — ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const name of chosen) {
  const v = variants[name];
  const times = [];
  let last = performance.now();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await readPdf(scan, {
    ocr: true,
    languages: v.languages,
    scale: v.scale,
    ocrSettings: { psm: v.psm, image: v.image },
    minChars: 40,
    onProgress: (page) => {
      const now = performance.now();
      if (page > 0) times.push(now - last);
      last = now;
    },
  });
  const total = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU seconds (every thread of the process) a page, start included: steadier than wall time on
  // a shared machine.
  const cpuPerPage = (used.user + used.system) / 1e6 / pages;
  const confidence = result.ocrPages.reduce((s, p) => s + p.confidence, 0) / result.ocrPages.length;
  const recall = texts.reduce((s, t, i) => s + wordRecall(t, result.texts[i]), 0) / texts.length;
  const read = findings(result.texts.join('\n\n'));
  const same = [...clean].filter((f) => read.has(f)).length;
  times.sort((a, b) => a - b);
  console.log(
    `${name}: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s a page, total ${(total / 1000).toFixed(1)} s, CPU ${cpuPerPage.toFixed(2)} s a page, confidence ${confidence.toFixed(1)}, words read back ${(recall * 100).toFixed(1)} %, findings ${same}/${clean.size} as on the clean text (+${read.size - same} other), load ${os.loadavg()[0].toFixed(1)}`,
  );
}
