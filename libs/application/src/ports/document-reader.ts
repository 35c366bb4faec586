/** What was read from a file: its text, or the news that its pages must be OCR'd. */
export type DocumentReading =
  | { kind: 'text'; text: string; format: 'pdf' | 'docx' | 'txt'; pages?: number; encoding?: string }
  | { kind: 'scanned'; pages: number; scannedPages: number };

export interface OcrReading {
  text: string;
  pages: number;
  /** Mean OCR confidence of each page read (0–100). */
  confidences: Array<{ page: number; confidence: number }>;
}

/**
 * Reads uploaded files (PDF text layer, DOCX, TXT) and OCRs scanned PDFs. Problems are
 * DomainErrors naming `file` (a 4xx), never a crash.
 */
export abstract class DocumentReader {
  abstract read(content: Buffer): Promise<DocumentReading>;
  abstract ocr(content: Buffer, onProgress: (page: number, pages: number) => void): Promise<OcrReading>;
}
