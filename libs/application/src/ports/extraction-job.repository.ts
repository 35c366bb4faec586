export type ExtractionJobStatus = 'running' | 'done' | 'failed';

export interface ExtractionJob {
  id: string;
  createdBy: string;
  status: ExtractionJobStatus;
  page: number;
  pages: number;
  /** The 200 answer of POST /api/extract once done. */
  result: unknown;
  error: { message: string; field?: string; statusCode: number } | null;
  updatedAt: string;
}

/** OCR jobs, kept in the database so any API process can answer GET /api/extract/:jobId. */
export abstract class ExtractionJobRepository {
  abstract create(createdBy: string, pages: number): Promise<ExtractionJob>;
  abstract progress(id: string, page: number, pages: number): Promise<void>;
  abstract complete(id: string, result: unknown): Promise<void>;
  abstract fail(id: string, error: NonNullable<ExtractionJob['error']>): Promise<void>;
  abstract get(id: string): Promise<ExtractionJob | null>;
  /** Forgets jobs older than the given hours (their results were read, or never will be). */
  abstract purge(olderThanHours: number): Promise<number>;
}
