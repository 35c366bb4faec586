// Runs in a worker thread (plain ESM: pdfjs-dist 5 is ESM only, and a worker keeps its memory and
// CPU off the HTTP thread). Reads a PDF's text layer, and OCRs the pages that have none.
import { parentPort, workerData } from 'node:worker_threads';
import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
pdfjs.GlobalWorkerOptions.workerSrc = path.join(pdfjsDir, 'legacy/build/pdf.worker.mjs');

const post = (message) => parentPort.postMessage(message);

/** Text of one page: items joined, a line break where pdf.js saw one. */
async function pageText(page) {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

async function openDocument(data) {
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + '/',
    cMapUrl: path.join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = error?.name ?? '';
    if (name === 'PasswordException') throw Object.assign(new Error('encrypted'), { code: 'pdf_encrypted' });
    throw Object.assign(new Error(String(error?.message ?? error)), { code: 'pdf_unreadable' });
  }
}

async function ocrWorker(languages) {
  const { createWorker, OEM } = await import('tesseract.js');
  // tesseract.js reads every language from one folder: one made of links to the npm packages'
  // trained data. Nothing is fetched and nothing cached (tesseract.js 7 mishandles languages
  // passed as bytes: it initializes with the bytes as the language name).
  const folder = await mkdtemp(path.join(tmpdir(), 'passerelle-tessdata-'));
  for (const code of languages) {
    const dir = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
    const file = `${code}.traineddata.gz`;
    const source = path.join(dir, '4.0.0_best_int', file);
    await symlink(source, path.join(folder, file)).catch(() => copyFile(source, path.join(folder, file)));
  }
  const worker = await createWorker(languages, OEM.LSTM_ONLY, {
    langPath: folder,
    gzip: true,
    cacheMethod: 'none',
    legacyCore: false,
    legacyLang: false,
  });
  await rm(folder, { recursive: true, force: true });
  return worker;
}

async function run({ data, ocr, languages, scale, minChars, maxOcrPages }) {
  const document = await openDocument(new Uint8Array(data));
  const pages = document.numPages;
  post({ type: 'info', pages });
  const texts = [];
  const needsOcr = [];
  for (let number = 1; number <= pages; number++) {
    const page = await document.getPage(number);
    const text = await pageText(page);
    texts.push(text);
    if (text.replace(/\s/g, '').length < minChars) needsOcr.push(number);
    page.cleanup();
  }
  if (!ocr || needsOcr.length === 0) {
    post({ type: 'done', texts, ocrPages: [], needsOcr, pages });
    await document.destroy();
    return;
  }
  if (needsOcr.length > maxOcrPages) {
    post({ type: 'done', texts, ocrPages: [], needsOcr, pages, tooManyPages: true });
    await document.destroy();
    return;
  }
  const worker = await ocrWorker(languages);
  const confidences = [];
  let done = 0;
  try {
    for (const number of needsOcr) {
      post({ type: 'progress', page: done, pages: needsOcr.length });
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      const { canvas, context } = document.canvasFactory.create(
        Math.ceil(viewport.width),
        Math.ceil(viewport.height),
      );
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      const png = canvas.toBuffer('image/png');
      document.canvasFactory.destroy({ canvas, context });
      page.cleanup();
      const result = await worker.recognize(png);
      texts[number - 1] = result.data.text;
      confidences.push({ page: number, confidence: result.data.confidence });
      done++;
    }
    post({ type: 'progress', page: done, pages: needsOcr.length });
  } finally {
    await worker.terminate();
    await document.destroy();
  }
  post({ type: 'done', texts, ocrPages: confidences, needsOcr, pages });
}

run(workerData).catch((error) =>
  post({ type: 'error', code: error?.code ?? 'pdf_unreadable', message: String(error?.message ?? error) }),
);
