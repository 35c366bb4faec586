import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sweep remembers the instant it ran, not only the date: each time zone's window of days
 * since then is exact, so a repeat sweep on the same day reads nothing.
 */
export class ReminderSweepInstant1764000000005 implements MigrationInterface {
  name = 'ReminderSweepInstant1764000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE scheduler_state ADD COLUMN last_swept_at timestamptz`);
    await queryRunner.query(`CREATE INDEX conventions_time_zone_idx ON conventions (time_zone)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX conventions_time_zone_idx`);
    await queryRunner.query(`ALTER TABLE scheduler_state DROP COLUMN last_swept_at`);
  }
}
