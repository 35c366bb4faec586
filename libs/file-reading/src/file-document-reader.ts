import { DocumentReader, DocumentReading, OcrReading } from '@passerelle/application';
import { DomainError } from '@passerelle/domain';
import { detectFileKind } from './file-kind';
import { PdfReadError, readPdf, stopPdfTextReader } from './pdf-reader';
import { readDocx } from './read-docx';
import { readTextFile } from './read-text-file';

/** Scanned pages read by OCR for one file; more is refused (a convention is rarely longer). */
export const MAX_OCR_PAGES = 40;

function pdfProblem(error: unknown): never {
  if (error instanceof PdfReadError) {
    if (error.problem === 'pdf_encrypted') {
      throw new DomainError(
        'unprocessable',
        'file: the PDF is password-protected; send it without a password',
        'file',
      );
    }
    if (error.problem === 'too_many_pages') {
      throw new DomainError(
        'unprocessable',
        `file: ${error.pages} scanned pages; OCR reads at most ${MAX_OCR_PAGES} (send the convention's pages only)`,
        'file',
      );
    }
    throw new DomainError('unprocessable', 'file: not a readable PDF (damaged or incomplete)', 'file');
  }
  throw error;
}

export class FileDocumentReader extends DocumentReader {
  async read(content: Buffer): Promise<DocumentReading> {
    const kind = detectFileKind(content);
    switch (kind) {
      case 'pdf': {
        const pdf = await readPdf(content, { ocr: false }).catch(pdfProblem);
        if (pdf.needsOcr.length > 0) {
          if (pdf.needsOcr.length > MAX_OCR_PAGES)
            pdfProblem(new PdfReadError('too_many_pages', '', pdf.needsOcr.length));
          return { kind: 'scanned', pages: pdf.pages, scannedPages: pdf.needsOcr.length };
        }
        return { kind: 'text', text: pdf.texts.join('\n\n'), format: 'pdf', pages: pdf.pages };
      }
      case 'docx': {
        const text = await readDocx(content).catch(() => {
          throw new DomainError('unprocessable', 'file: not a readable Word document', 'file');
        });
        return { kind: 'text', text, format: 'docx' };
      }
      case 'txt': {
        const { text, encoding } = readTextFile(content);
        return { kind: 'text', text: text.replace(/\r\n?/g, '\n'), format: 'txt', encoding };
      }
      case 'spreadsheet':
        throw new DomainError(
          'invalid_input',
          'file: a spreadsheet, not a convention (send a PDF, DOCX or TXT; spreadsheets go to the import)',
          'file',
        );
      default:
        throw new DomainError('invalid_input', 'file: not a PDF, DOCX or text file', 'file');
    }
  }

  /** Called by Nest at shutdown: the warm PDF text thread is ended with the application. */
  async onApplicationShutdown(): Promise<void> {
    await stopPdfTextReader();
  }

  async ocr(content: Buffer, onProgress: (page: number, pages: number) => void): Promise<OcrReading> {
    const pdf = await readPdf(content, { ocr: true, maxOcrPages: MAX_OCR_PAGES, onProgress }).catch(
      pdfProblem,
    );
    return { text: pdf.texts.join('\n\n'), pages: pdf.pages, confidences: pdf.ocrPages };
  }
}
