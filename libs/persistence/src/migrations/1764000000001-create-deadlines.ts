import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines materialised per convention (recomputed on every change, extended nightly) so that the
 * calendar and the scheduler read them with indexed range scans. Officers' records (done, waived)
 * are keyed by (convention, kind, due date), not by row, so they survive recomputation.
 */
export class CreateDeadlines1764000000001 implements MigrationInterface {
  name = 'CreateDeadlines1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conventions ADD COLUMN deadlines_until date`);
    await queryRunner.query(`
      CREATE TABLE deadlines (
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_on date NOT NULL,
        clause text,
        term_index integer,
        period_from date,
        period_to date,
        plan_year integer,
        source_article text,
        source_quote text,
        PRIMARY KEY (convention_id, kind, due_on)
      )`);
    await queryRunner.query(`CREATE INDEX deadlines_due_on_idx ON deadlines (due_on, convention_id)`);
    await queryRunner.query(`
      CREATE TABLE deadline_records (
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_on date NOT NULL,
        state text NOT NULL CHECK (state IN ('done', 'waived')),
        done_on date,
        note text,
        evidence_url text,
        reason text,
        recorded_by text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (convention_id, kind, due_on),
        CHECK (state <> 'done' OR done_on IS NOT NULL),
        CHECK (state <> 'waived' OR reason IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        convention_id uuid,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_convention_idx ON audit_log (convention_id, at) WHERE convention_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE deadline_records`);
    await queryRunner.query(`DROP TABLE deadlines`);
    await queryRunner.query(`ALTER TABLE conventions DROP COLUMN deadlines_until`);
  }
}
