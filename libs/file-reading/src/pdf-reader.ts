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
}

const WORKER = join(__dirname, '..', 'workers', 'pdf-worker.mjs');

/**
 * Reads a PDF in a worker thread: pdf.js for the text layer, and, when asked, each page without
 * one rendered (@napi-rs/canvas) and read by tesseract.js, one page at a time.
 */
export function readPdf(content: Buffer, options: PdfReadOptions): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const data = new Uint8Array(content.byteLength);
    data.set(content);
    const worker = new Worker(WORKER, {
      workerData: {
        data,
        ocr: options.ocr,
        languages: options.languages ?? ['fra', 'eng'],
        scale: options.scale ?? 2.5,
        minChars: options.minChars ?? 40,
        maxOcrPages: options.maxOcrPages ?? 40,
      },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 384 },
      stdout: true,
      stderr: true,
    });
    // pdf.js warns on stdout about fonts it substitutes: not the server's log.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: Record<string, unknown>) => {
      if (message.type === 'progress') options.onProgress?.(message.page as number, message.pages as number);
      else if (message.type === 'done') {
        if (message.tooManyPages) {
          const pages = (message.needsOcr as number[]).length;
          finish(() => reject(new PdfReadError('too_many_pages', `${pages} scanned pages`, pages)));
        } else finish(() => resolve(message as unknown as PdfText));
      } else if (message.type === 'error') {
        const code = message.code === 'pdf_encrypted' ? 'pdf_encrypted' : 'pdf_unreadable';
        finish(() => reject(new PdfReadError(code, String(message.message))));
      }
    });
    worker.on('error', (error) =>
      finish(() => reject(new PdfReadError(options.ocr ? 'ocr_failed' : 'pdf_unreadable', error.message))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new PdfReadError('pdf_unreadable', `reader stopped (${code})`))),
    );
  });
}
