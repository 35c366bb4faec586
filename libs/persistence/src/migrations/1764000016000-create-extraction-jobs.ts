import { MigrationInterface, QueryRunner } from 'typeorm';

/** OCR jobs of POST /api/extract: progress page by page, then the answer; any API process reads them. */
export class CreateExtractionJobs1764000016000 implements MigrationInterface {
  name = 'CreateExtractionJobs1764000016000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE extraction_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        page integer NOT NULL DEFAULT 0,
        pages integer NOT NULL,
        result jsonb,
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX extraction_jobs_created_at_idx ON extraction_jobs (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE extraction_jobs`);
  }
}
