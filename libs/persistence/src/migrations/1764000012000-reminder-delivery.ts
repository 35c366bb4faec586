import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder delivery over hours, not minutes: why the last attempt failed (an outage is retried
 * automatically once mail flows again, an address refused is not), when the retry window opened
 * (a retry from the web app opens a new 48-hour one), and an index for the oldest pending age.
 */
export class ReminderDelivery1764000012000 implements MigrationInterface {
  name = 'ReminderDelivery1764000012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE reminders ADD COLUMN failure_kind text CHECK (failure_kind IN ('outage', 'refused', 'passed'))`,
    );
    await queryRunner.query(`ALTER TABLE reminders ADD COLUMN retry_since timestamptz`);
    await queryRunner.query(
      `CREATE INDEX reminders_failed_idx ON reminders (status) WHERE status = 'failed'`,
    );
    await queryRunner.query(
      `CREATE INDEX reminders_recipient_pending_idx ON reminders (recipient_id, send_at) WHERE status = 'pending' AND digest`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reminders_recipient_pending_idx`);
    await queryRunner.query(`DROP INDEX reminders_failed_idx`);
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN retry_since`);
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN failure_kind`);
  }
}
