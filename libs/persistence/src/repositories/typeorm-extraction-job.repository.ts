import { ExtractionJob, ExtractionJobRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toJob(row: Record<string, unknown>): ExtractionJob {
  return {
    id: row.id as string,
    createdBy: row.created_by as string,
    status: row.status as ExtractionJob['status'],
    page: Number(row.page),
    pages: Number(row.pages),
    result: (row.result as unknown) ?? null,
    error: (row.error as ExtractionJob['error']) ?? null,
    updatedAt: (row.updated_at as Date).toISOString(),
  };
}

export class TypeormExtractionJobRepository extends ExtractionJobRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async create(createdBy: string, pages: number): Promise<ExtractionJob> {
    const [row] = await this.dataSource.query(
      'INSERT INTO extraction_jobs (created_by, pages) VALUES ($1, $2) RETURNING *',
      [createdBy, pages],
    );
    return toJob(row);
  }

  async progress(id: string, page: number, pages: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE extraction_jobs SET page = $2, pages = $3, updated_at = now() WHERE id = $1 AND status = 'running'`,
      [id, page, pages],
    );
  }

  async complete(id: string, result: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE extraction_jobs SET status = 'done', result = $2, page = pages, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(result)],
    );
  }

  async fail(id: string, error: NonNullable<ExtractionJob['error']>): Promise<void> {
    await this.dataSource.query(
      `UPDATE extraction_jobs SET status = 'failed', error = $2, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(error)],
    );
  }

  async get(id: string): Promise<ExtractionJob | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query('SELECT * FROM extraction_jobs WHERE id = $1', [id]);
    return row ? toJob(row) : null;
  }

  async purge(olderThanHours: number): Promise<number> {
    const rows = await this.dataSource.query(
      `DELETE FROM extraction_jobs WHERE created_at < now() - make_interval(hours => $1) RETURNING id`,
      [olderThanHours],
    );
    return rows.length;
  }
}
