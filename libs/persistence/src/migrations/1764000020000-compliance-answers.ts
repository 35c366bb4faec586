import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: the dashboard's compliance answers are stored per convention and read back while they
 * are fresh, instead of every document being loaded and checked on each request.
 *
 * Fresh is decided by the database, whatever code path writes: every write to what the answer is
 * computed from (the document's tables, its amendments and their approvals) bumps the convention's
 * revision in the same transaction (statement triggers below). An answer is stored with the
 * revision read before its documents were, and the convention's local day; it is used only while
 * both are still current. An answer computed while a write commits carries the older revision,
 * so it is never used.
 */
const SOURCES: Array<{ table: string; ids: string }> = [
  { table: 'conventions', ids: 'SELECT id FROM {rows}' },
  { table: 'convention_parties', ids: 'SELECT convention_id FROM {rows}' },
  { table: 'convention_clauses', ids: 'SELECT convention_id FROM {rows}' },
  { table: 'financial_commitments', ids: 'SELECT convention_id FROM {rows}' },
  { table: 'amendments', ids: 'SELECT convention_id FROM {rows}' },
  {
    table: 'amendment_approvals',
    ids: 'SELECT a.convention_id FROM {rows} x JOIN amendments a ON a.id = x.amendment_id',
  },
];

export class ComplianceAnswers1764000020000 implements MigrationInterface {
  name = 'ComplianceAnswers1764000020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE convention_revisions (
        convention_id uuid PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE,
        revision bigint NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`INSERT INTO convention_revisions (convention_id) SELECT id FROM conventions`);
    await queryRunner.query(`
      CREATE TABLE compliance_answers (
        convention_id uuid PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE,
        revision bigint NOT NULL,
        local_day date NOT NULL,
        alerts jsonb NOT NULL
      )`);
    // TG_ARGV[0]: the query of the touched conventions' ids over the transition table {rows}.
    await queryRunner.query(`
      CREATE FUNCTION bump_convention_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE 'INSERT INTO convention_revisions AS r (convention_id)
                 SELECT DISTINCT t.id FROM (' ||
                 replace(TG_ARGV[0], '{rows}', CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END) ||
                 ') AS t(id) WHERE EXISTS (SELECT 1 FROM conventions c WHERE c.id = t.id)
                 ON CONFLICT (convention_id) DO UPDATE SET revision = r.revision + 1';
        RETURN NULL;
      END $$`);
    for (const { table, ids } of SOURCES) {
      const argument = ids.replace(/'/g, "''");
      await queryRunner.query(
        `CREATE TRIGGER ${table}_revision_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION bump_convention_revision('${argument}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_revision_update AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION bump_convention_revision('${argument}')`,
      );
      if (table === 'conventions') continue; // its revision row goes with it (ON DELETE CASCADE)
      await queryRunner.query(
        `CREATE TRIGGER ${table}_revision_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
           FOR EACH STATEMENT EXECUTE FUNCTION bump_convention_revision('${argument}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of SOURCES) {
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_revision_${event} ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION bump_convention_revision()');
    await queryRunner.query('DROP TABLE compliance_answers');
    await queryRunner.query('DROP TABLE convention_revisions');
  }
}
