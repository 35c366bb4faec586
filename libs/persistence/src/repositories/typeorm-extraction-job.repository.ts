import { ExtractionJob, ExtractionJobRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { idRow, parseRow, parseRows, uuid } from './row-schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const jobRow = z
  .object({
    id: uuid,
    created_by: uuid,
    status: z.enum(['running', 'done', 'failed']),
    page: z.number().int(),
    pages: z.number().int(),
    result: z.unknown(),
    error: z.object({ message: z.string(), field: z.string().optional(), statusCode: z.number() }).nullable(),
    updated_at: z.date(),
  })
  .transform((row): ExtractionJob => ({
    id: row.id,
    createdBy: row.created_by,
    status: row.status,
    page: row.page,
    pages: row.pages,
    result: row.result ?? null,
    error: row.error,
    updatedAt: row.updated_at.toISOString(),
  }));

export class TypeormExtractionJobRepository extends ExtractionJobRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async create(createdBy: string, pages: number): Promise<ExtractionJob> {
    const [job] = parseRows(
      jobRow,
      await this.dataSource.query(
        'INSERT INTO extraction_jobs (created_by, pages) VALUES ($1, $2) RETURNING *',
        [createdBy, pages],
      ),
    );
    return job;
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
    return parseRow(jobRow, await this.dataSource.query('SELECT * FROM extraction_jobs WHERE id = $1', [id]));
  }

  async purge(olderThanHours: number): Promise<number> {
    // A DELETE comes back from TypeORM as [rows, affected count], not as the rows.
    const [, deleted] = z
      .tuple([z.array(idRow), z.number()])
      .parse(
        await this.dataSource.query(
          `DELETE FROM extraction_jobs WHERE created_at < now() - make_interval(hours => $1) RETURNING id`,
          [olderThanHours],
        ),
      );
    return deleted;
  }
}
