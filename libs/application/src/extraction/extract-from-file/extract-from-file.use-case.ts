import { Injectable, Logger } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { DocumentReader } from '../../ports/document-reader';
import { ExtractionJobRepository } from '../../ports/extraction-job.repository';
import { answerFor, ExtractionAnswer, POOR_OCR_CONFIDENCE } from '../extraction-answer';

export const MAX_EXTRACTION_BYTES = 20 * 1024 * 1024;
/** OCR jobs a process runs at once (memory bound: one page rendered at a time each). */
const OCR_CONCURRENCY = 1;
/** OCR jobs waiting in a process before new ones are refused (503). */
const MAX_WAITING = 8;

export type FileExtraction = { status: 200; answer: ExtractionAnswer } | { status: 202; jobId: string };

/**
 * POST /api/extract with a file: a text layer, DOCX or TXT answers at once; a scanned PDF starts
 * an OCR job (202 {jobId}) run in this process, one at a time, its progress stored page by page.
 */
@Injectable()
export class ExtractFromFileUseCase {
  private readonly logger = new Logger('ExtractFromFile');
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly reader: DocumentReader,
    private readonly jobs: ExtractionJobRepository,
  ) {}

  async execute(content: Buffer, actor: Actor, language?: 'fr' | 'en'): Promise<FileExtraction> {
    if (content.length === 0) throw new DomainError('invalid_input', 'file: empty', 'file');
    if (content.length > MAX_EXTRACTION_BYTES) {
      throw new DomainError(
        'invalid_input',
        `file: larger than ${MAX_EXTRACTION_BYTES / 1024 / 1024} MiB`,
        'file',
      );
    }
    const reading = await this.reader.read(content);
    if (reading.kind === 'text') {
      if (reading.text.trim().length === 0)
        throw new DomainError('unprocessable', 'file: no text in this file', 'file');
      const answer = answerFor(reading.text, language, {
        format: reading.format,
        ...(reading.pages ? { pages: reading.pages } : {}),
        ...(reading.encoding ? { encoding: reading.encoding } : {}),
      });
      return { status: 200, answer };
    }
    if (this.waiting.length >= MAX_WAITING) {
      throw new DomainError(
        'unprocessable',
        'file: too many scans are being read; try again in a few minutes',
        'file',
      );
    }
    await this.jobs.purge(24);
    const job = await this.jobs.create(actor.userId, reading.scannedPages);
    void this.runOcr(job.id, content, language);
    return { status: 202, jobId: job.id };
  }

  private async runOcr(jobId: string, content: Buffer, language?: 'fr' | 'en') {
    await this.slot();
    try {
      const ocr = await this.reader.ocr(content, (page, pages) => {
        void this.jobs
          .progress(jobId, page, pages)
          .catch((error) => this.logger.warn(`progress ${jobId}: ${error}`));
      });
      const confidence = ocr.confidences.length
        ? Math.round(ocr.confidences.reduce((sum, page) => sum + page.confidence, 0) / ocr.confidences.length)
        : 0;
      const warnings =
        confidence < POOR_OCR_CONFIDENCE
          ? [{ code: 'ocr_low_confidence', field: 'text', params: { confidence } }]
          : [];
      const answer = answerFor(
        ocr.text,
        language,
        { format: 'pdf', pages: ocr.pages, ocr: true, ocrConfidence: confidence },
        warnings,
      );
      await this.jobs.complete(jobId, answer);
    } catch (error) {
      const known = error instanceof DomainError;
      if (!known)
        this.logger.error(`OCR job ${jobId} failed: ${error instanceof Error ? error.stack : String(error)}`);
      await this.jobs
        .fail(jobId, {
          statusCode: known ? (error.code === 'invalid_input' ? 400 : 422) : 422,
          message: known ? error.message : 'file: the scan could not be read',
          field: 'file',
        })
        .catch((failure) => this.logger.error(`OCR job ${jobId}: ${failure}`));
    } finally {
      this.release();
    }
  }

  private slot(): Promise<void> {
    if (this.running < OCR_CONCURRENCY) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
