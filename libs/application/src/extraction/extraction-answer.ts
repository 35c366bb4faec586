import { extractConvention, ExtractionWarning, Finding } from '@passerelle/extraction';
import { TERM_STARTS } from '@passerelle/domain';

/** The 200 answer of POST /api/extract (CONTRACT §6). */
export interface ExtractionAnswer {
  document: Record<string, unknown>;
  findings: Finding[];
  text: string;
  warnings: ExtractionWarning[];
  source?: { format: string; pages?: number; encoding?: string; ocr?: boolean; ocrConfidence?: number };
}

/** Mean OCR confidence under which the proposal says the scan reads poorly. */
export const POOR_OCR_CONFIDENCE = 70;

export function answerFor(
  text: string,
  language: 'fr' | 'en' | undefined,
  source?: ExtractionAnswer['source'],
  extraWarnings: ExtractionWarning[] = [],
): ExtractionAnswer {
  const result = extractConvention(text, { language, termStarts: TERM_STARTS });
  return {
    document: result.document,
    findings: result.findings,
    text,
    warnings: [...extraWarnings, ...result.warnings],
    ...(source ? { source } : {}),
  };
}
