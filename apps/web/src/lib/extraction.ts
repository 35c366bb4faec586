import { api, upload } from './api';
import { CLAUSE_DEFAULTS, emptyDocument, emptyParty } from './convention-form';
import { CLAUSE_NAMES, Clauses, ConventionDocument, Party } from './types';

/** POST /api/extract's answer (CONTRACT §6). */
export interface Finding {
  field: string;
  value: unknown;
  quote: string;
  start: number;
  end: number;
  article: string | null;
  confidence: number;
}
export interface ExtractionWarning {
  code: string;
  field?: string;
  params?: Record<string, string | number>;
}
export interface Extraction {
  document: Partial<ConventionDocument> & { parties?: Array<Partial<Party>>; clauses?: Clauses };
  findings: Finding[];
  text: string;
  warnings: ExtractionWarning[];
  source?: { format: string; pages?: number; ocr?: boolean; ocrConfidence?: number };
}
export type JobState = { status: 'running'; progress: { page: number; pages: number } };

/** Below this the screen flags a field for a second look (as the API's LOW_CONFIDENCE). */
export const LOW_CONFIDENCE = 0.8;

async function send(
  file: File | null,
  text: string,
  language: string,
): Promise<Extraction | { jobId: string }> {
  if (!file) return api<Extraction>('/api/extract', { method: 'POST', body: { text, language } });
  // A scan answers 202 {jobId}: upload() takes any 2xx.
  return upload<Extraction | { jobId: string }>('/api/extract', file, { language });
}

/** Reads a file or a text; a scan is read by OCR in the background: polled, its progress reported. */
export async function readDocument(
  input: { file: File | null; text: string; language: string },
  onProgress: (page: number, pages: number) => void,
  signal: AbortSignal,
): Promise<Extraction> {
  const first = await send(input.file, input.text, input.language);
  if (!('jobId' in first)) return first;
  for (;;) {
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const state = await api<Extraction | JobState>(`/api/extract/${encodeURIComponent(first.jobId)}`, {
      signal,
    });
    if ('status' in state && state.status === 'running')
      onProgress(state.progress.page, state.progress.pages);
    else return state as Extraction;
  }
}

/**
 * The editor's form from a proposal: what the text states, and for the rest the editor's usual
 * empty values (a party's country left blank when the text does not give it: the officer says it).
 */
export function toDraft(extraction: Extraction, organizationId: string | null): ConventionDocument {
  const base = emptyDocument(organizationId);
  const proposed = extraction.document;
  const parties: Party[] = (proposed.parties?.length ? proposed.parties : [{}, {}]).map((party, index) => ({
    ...emptyParty(''),
    ...party,
    country: party.country ?? '',
    organizationId: index === 0 ? organizationId : null,
  }));
  const clauses: Clauses = {};
  for (const name of CLAUSE_NAMES) {
    const clause = proposed.clauses?.[name];
    if (clause) clauses[name] = { ...structuredClone(CLAUSE_DEFAULTS[name]), ...clause } as never;
  }
  return {
    ...base,
    reference: proposed.reference ?? '',
    title: proposed.title ?? '',
    instrument: proposed.instrument ?? base.instrument,
    language: proposed.language ?? base.language,
    object: proposed.object ?? '',
    effectiveOn: proposed.effectiveOn ?? null,
    parties,
    clauses,
  };
}
