import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far each convention's deadlines are stored moves to a narrow table of its own. Kept on
 * `conventions`, every move of the horizon (each night for open-ended conventions; every
 * convention in a first rebuild) rewrote a wide row and each of its indexes, trigram one included:
 * 3.1 s for 100,000 conventions.
 */
export class DeadlineHorizons1764000000008 implements MigrationInterface {
  name = 'DeadlineHorizons1764000000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deadline_horizons (
        convention_id uuid PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE,
        until date NOT NULL
      )`);
    await queryRunner.query(
      `INSERT INTO deadline_horizons (convention_id, until)
       SELECT id, deadlines_until FROM conventions WHERE deadlines_until IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX deadline_horizons_until_idx ON deadline_horizons (until)`);
    await queryRunner.query(`DROP INDEX conventions_deadlines_until_idx`);
    await queryRunner.query(`ALTER TABLE conventions DROP COLUMN deadlines_until`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conventions ADD COLUMN deadlines_until date`);
    await queryRunner.query(
      `UPDATE conventions c SET deadlines_until = h.until FROM deadline_horizons h WHERE h.convention_id = c.id`,
    );
    await queryRunner.query(`CREATE INDEX conventions_deadlines_until_idx ON conventions (deadlines_until)`);
    await queryRunner.query(`DROP TABLE deadline_horizons`);
  }
}
