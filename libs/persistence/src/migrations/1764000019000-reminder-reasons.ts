import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a reminder row says why it exists now (its mail tells the real reason of a catch-up,
 * and onboarding rows leave as one welcome mail), and whether its recipient is written to only
 * because of the escalation (only they read the escalation sentence). The rows due to one person
 * at one send time are claimed together: an index on (recipient, send time) for every pending
 * row replaces the digest-only one.
 */
export class ReminderReasons1764000019000 implements MigrationInterface {
  name = 'ReminderReasons1764000019000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE reminders ADD COLUMN reason text NOT NULL DEFAULT 'on_time' CHECK (reason IN
         ('on_time', 'onboarding', 'new_convention', 'newly_followed', 'dates_changed', 'service_down',
          'delivery_delayed', 'late'))`,
    );
    await queryRunner.query(`ALTER TABLE reminders ADD COLUMN by_escalation boolean NOT NULL DEFAULT false`);
    // Rows written before: a catch-up's reason is unknown; only viewers and admins were escalation-only.
    await queryRunner.query(`UPDATE reminders SET reason = 'late' WHERE catch_up`);
    await queryRunner.query(
      `UPDATE reminders r SET by_escalation = true FROM users u
        WHERE u.id = r.recipient_id AND r.escalation AND u.role <> 'officer'`,
    );
    await queryRunner.query(`DROP INDEX reminders_recipient_pending_idx`);
    await queryRunner.query(
      `CREATE INDEX reminders_recipient_pending_idx ON reminders (recipient_id, send_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX reminders_recipient_pending_idx`);
    await queryRunner.query(
      `CREATE INDEX reminders_recipient_pending_idx ON reminders (recipient_id, send_at) WHERE status = 'pending' AND digest`,
    );
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN by_escalation`);
    await queryRunner.query(`ALTER TABLE reminders DROP COLUMN reason`);
  }
}
