import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored deadline stops copying its clause's article and quote (about 400 of its 550 bytes at
 * 100k conventions): `source_inherited` says to read them from convention_clauses. Only deadlines
 * of an amended clause version keep their own. The key puts the date before the kind, so a
 * convention's window (an organization's calendar: one probe per convention) is a range scan.
 * app_state records which version of the deadline
 * rules the stored deadlines were computed with.
 */
export class LeanDeadlines1764000000007 implements MigrationInterface {
  name = 'LeanDeadlines1764000000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE app_state (key text PRIMARY KEY, value text NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE deadlines ADD COLUMN source_inherited boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`
      UPDATE deadlines d SET source_inherited = true, source_article = NULL, source_quote = NULL
        FROM convention_clauses cc
       WHERE cc.convention_id = d.convention_id AND cc.kind = d.clause
         AND cc.source_article IS NOT DISTINCT FROM d.source_article
         AND cc.source_quote IS NOT DISTINCT FROM d.source_quote`);
    await queryRunner.query(`
      UPDATE deadlines SET source_inherited = true
       WHERE clause IS NULL AND source_article IS NULL AND source_quote IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE deadlines d SET source_article = cc.source_article, source_quote = cc.source_quote
        FROM convention_clauses cc
       WHERE d.source_inherited AND cc.convention_id = d.convention_id AND cc.kind = d.clause`);
    await queryRunner.query(`ALTER TABLE deadlines DROP COLUMN source_inherited`);
    await queryRunner.query(
      `ALTER TABLE deadlines DROP CONSTRAINT deadlines_pkey, ADD CONSTRAINT deadlines_pkey PRIMARY KEY (convention_id, kind, due_on)`,
    );
    await queryRunner.query(`DROP TABLE app_state`);
  }
}
