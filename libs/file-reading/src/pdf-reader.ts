import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export type PdfProblem = 'pdf_encrypted' | 'pdf_unreadable' | 'too_many_pages' | 'ocr_failed';

export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
    readonly pages?: number,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export interface PdfText {
  pages: number;
  /** Text of each page (OCR'd pages replaced when `ocr` was asked). */
  texts: string[];
  /** Pages (1-based) without a usable text layer. */
  needsOcr: number[];
  /** Mean OCR confidence (0–100) of each OCR'd page. */
  ocrPages: Array<{ page: number; confidence: number }>;
}

export interface OcrSettings {
  /** tesseract page segmentation mode ('3' automatic, '6' one block); unset: tesseract.js's. */
  psm?: string;
  /** The page handed to tesseract.js: 8-bit grey PGM from the canvas pixels, or PNG. */
  image?: 'gray' | 'png';
}

export interface PdfReadOptions {
  ocr: boolean;
  languages?: string[];
  /** Render scale for OCR (1 = 72 dpi). */
  scale?: number;
  /** A page with fewer non-blank characters in its text layer is OCR'd. */
  minChars?: number;
  maxOcrPages?: number;
  onProgress?: (page: number, pages: number) => void;
  /** V8 heap of the worker; the rendered pages live outside it, one at a time. */
  maxHeapMb?: number;
  ocrSettings?: OcrSettings;
}

/** What the worker answers (one request's messages). */
type WorkerMessage = Record<string, unknown> & { type: string; id?: number };

const WORKER = join(__dirname, '..', 'workers', 'pdf-worker.mjs');
/** The text reader's thread ends after this long without a request (its memory given back). */
const TEXT_READER_IDLE_MS = 60_000;

function request(content: Buffer, options: PdfReadOptions) {
  const data = new Uint8Array(content.byteLength);
  data.set(content);
  return {
    data,
    ocr: options.ocr,
    languages: options.languages ?? ['fra', 'eng'],
    scale: options.scale ?? 2,
    minChars: options.minChars ?? 40,
    maxOcrPages: options.maxOcrPages ?? 40,
    psm: options.ocrSettings?.psm,
    image: options.ocrSettings?.image ?? 'gray',
  };
}

function spawn(workerData: Record<string, unknown>, transferList: ArrayBuffer[], maxHeapMb: number) {
  const worker = new Worker(WORKER, {
    workerData,
    transferList,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: true,
    stderr: true,
  });
  // pdf.js warns on stdout about fonts it substitutes: not the server's log.
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/**
 * Turns one request's messages into its outcome; true once it is settled.
 */
function settle(
  message: WorkerMessage,
  options: PdfReadOptions,
  resolve: (text: PdfText) => void,
  reject: (error: PdfReadError) => void,
): boolean {
  if (message.type === 'progress') options.onProgress?.(message.page as number, message.pages as number);
  else if (message.type === 'done') {
    if (message.tooManyPages) {
      const pages = (message.needsOcr as number[]).length;
      reject(new PdfReadError('too_many_pages', `${pages} scanned pages`, pages));
    } else resolve(message as unknown as PdfText);
    return true;
  } else if (message.type === 'error') {
    const code = message.code === 'pdf_encrypted' ? 'pdf_encrypted' : 'pdf_unreadable';
    reject(new PdfReadError(code, String(message.message)));
    return true;
  }
  return false;
}

interface Pending {
  options: PdfReadOptions;
  resolve: (text: PdfText) => void;
  reject: (error: PdfReadError) => void;
}

/**
 * The text layer is read in one thread kept warm between requests: starting a thread and loading
 * pdf.js cost more than reading a 40-page text layer. The thread reads one document at a time, is
 * not waited for at exit (unref) and ends after a minute idle; if it dies, what it held is
 * refused and the next read starts a new one.
 */
class TextReader {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private idle: NodeJS.Timeout | undefined;

  read(content: Buffer, options: PdfReadOptions): Promise<PdfText> {
    return new Promise((resolve, reject) => {
      const worker = this.worker ?? this.start();
      const id = this.next++;
      this.pending.set(id, { options, resolve, reject });
      clearTimeout(this.idle);
      const message = { ...request(content, options), id };
      worker.postMessage(message, [message.data.buffer]);
    });
  }

  private start(): Worker {
    const worker = spawn({ persistent: true }, [], 256);
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      const pending = this.pending.get(message.id as number);
      if (pending && settle(message, pending.options, pending.resolve, pending.reject)) {
        this.pending.delete(message.id as number);
        if (this.pending.size === 0) this.scheduleStop(worker);
      }
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const { reject } of this.pending.values()) reject(new PdfReadError('pdf_unreadable', reason));
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`reader stopped (${code})`));
    this.worker = worker;
    return worker;
  }

  /** Ends the thread now (at shutdown); a later read starts a new one. */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private scheduleStop(worker: Worker) {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.pending.size === 0 && this.worker === worker) {
        this.worker = undefined;
        void worker.terminate();
      }
    }, TEXT_READER_IDLE_MS);
    this.idle.unref();
  }
}

const textReader = new TextReader();

/** Ends the warm text-reading thread (at shutdown, or after tests). */
export function stopPdfTextReader(): Promise<void> {
  return textReader.stop();
}

/** A thread of its own for one OCR read, ended with it (the OCR engine's memory given back). */
function readWithOcr(content: Buffer, options: PdfReadOptions): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const workerData = request(content, options);
    const worker = spawn(workerData, [workerData.data.buffer], options.maxHeapMb ?? 256);
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      settle(
        message,
        options,
        (text) => finish(() => resolve(text)),
        (error) => finish(() => reject(error)),
      );
    });
    worker.on('error', (error) => finish(() => reject(new PdfReadError('ocr_failed', error.message))));
    worker.on('exit', (code) =>
      finish(() => reject(new PdfReadError('pdf_unreadable', `reader stopped (${code})`))),
    );
  });
}

/**
 * Reads a PDF in a worker thread: pdf.js for the text layer (a warm thread shared by the text
 * reads), and, when asked, each page without one rendered (@napi-rs/canvas) and read by
 * tesseract.js, one page at a time, in a thread of its own.
 */
export function readPdf(content: Buffer, options: PdfReadOptions): Promise<PdfText> {
  return options.ocr ? readWithOcr(content, options) : textReader.read(content, options);
}
