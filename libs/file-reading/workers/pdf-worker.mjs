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

/** One grey image buffer reused from page to page (the pages of a scan share their size). */
let grey = Buffer.alloc(0);

/**
 * The rendered page as tesseract.js reads it: 8-bit grey PGM (P5) made from the canvas's own
 * pixels (no PNG to compress and decompress, a quarter of RGBA's bytes, no RGBA copy), or PNG.
 */
function pageImage(canvas, context, image) {
  if (image === 'png') return canvas.toBuffer('image/png');
  const { width, height } = canvas;
  // The canvas's stored pixels, RGBA premultiplied: straight, as the page was drawn on opaque
  // white. Another layout (a float16 canvas) goes through getImageData.
  let rgba = canvas.data();
  if (rgba.length !== width * height * 4) rgba = context.getImageData(0, 0, width, height).data;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const size = header.length + width * height;
  if (grey.length < size) grey = Buffer.allocUnsafe(size);
  header.copy(grey, 0);
  for (let i = 0, o = header.length; i < rgba.length; i += 4, o++) {
    // ITU-R BT.601 luma, integer weights (77 + 150 + 29 = 256).
    grey[o] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return grey.subarray(0, size);
}

async function ocrWorker(languages, psm) {
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
  if (psm) await worker.setParameters({ tessedit_pageseg_mode: psm });
  return worker;
}

async function run({ data, ocr, languages, scale, minChars, maxOcrPages, psm, image }, post) {
  const document = await openDocument(new Uint8Array(data));
  try {
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
    if (!ocr || needsOcr.length === 0) return post({ type: 'done', texts, ocrPages: [], needsOcr, pages });
    if (needsOcr.length > maxOcrPages)
      return post({ type: 'done', texts, ocrPages: [], needsOcr, pages, tooManyPages: true });
    const ocrPages = await recognizePages(document, needsOcr, texts, { languages, scale, psm, image }, post);
    post({ type: 'done', texts, ocrPages, needsOcr, pages });
  } finally {
    await document.destroy();
  }
}

/**
 * Each scanned page in turn: rendered on its own canvas, handed to tesseract.js as bytes, the
 * canvas released before the page is read, so one page image is alive at a time whatever the
 * page count.
 */
async function recognizePages(document, numbers, texts, { languages, scale, psm, image }, post) {
  const worker = await ocrWorker(languages, psm);
  const confidences = [];
  try {
    for (const [done, number] of numbers.entries()) {
      post({ type: 'progress', page: done, pages: numbers.length });
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      const { canvas, context } = document.canvasFactory.create(
        Math.ceil(viewport.width),
        Math.ceil(viewport.height),
      );
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      const bytes = pageImage(canvas, context, image);
      document.canvasFactory.destroy({ canvas, context });
      page.cleanup();
      const result = await worker.recognize(bytes);
      texts[number - 1] = result.data.text;
      confidences.push({ page: number, confidence: result.data.confidence });
    }
    post({ type: 'progress', page: numbers.length, pages: numbers.length });
  } finally {
    await worker.terminate();
  }
  return confidences;
}

const failure = (error) => ({
  type: 'error',
  code: error?.code ?? 'pdf_unreadable',
  message: String(error?.message ?? error),
});

if (workerData.persistent) {
  // The text reader: one thread kept warm for every text-layer read (pdf.js loaded once), each
  // request answered in turn so at most one document is in its heap at a time.
  let queue = Promise.resolve();
  parentPort.on('message', (request) => {
    const post = (message) => parentPort.postMessage({ ...message, id: request.id });
    queue = queue.then(() => run(request, post).catch((error) => post(failure(error))));
  });
} else {
  const post = (message) => parentPort.postMessage(message);
  run(workerData, post).catch((error) => post(failure(error)));
}
