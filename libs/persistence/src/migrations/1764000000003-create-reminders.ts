import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder e-mails. A reminder row is unique per (deadline, step, recipient): the sweep can run
 * again, on several schedulers, and never create a second one. The dispatcher claims rows with
 * FOR UPDATE SKIP LOCKED and marks them sent in the same transaction.
 */
export class CreateReminders1764000000003 implements MigrationInterface {
  name = 'CreateReminders1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN reminder_mode text NOT NULL DEFAULT 'immediate' CHECK (reminder_mode IN ('immediate', 'digest'))`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_follows (
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        following boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (convention_id, user_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reminder_policies (
        scope text NOT NULL CHECK (scope IN ('organization', 'convention')),
        scope_id uuid NOT NULL,
        lead_days jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, scope_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_on date NOT NULL,
        step text NOT NULL,
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        escalation boolean NOT NULL DEFAULT false,
        catch_up boolean NOT NULL DEFAULT false,
        days_left integer NOT NULL,
        digest boolean NOT NULL DEFAULT false,
        send_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        message_id text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminders_once_key UNIQUE (convention_id, kind, due_on, step, recipient_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX reminders_pending_idx ON reminders (next_attempt_at) WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX reminders_convention_idx ON reminders (convention_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE action_tokens (
        token_hash text PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('mark_done', 'unfollow')),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text,
        due_on date,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE scheduler_state (
        name text PRIMARY KEY,
        last_swept_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'scheduler_state',
      'action_tokens',
      'reminders',
      'reminder_policies',
      'convention_follows',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`ALTER TABLE users DROP COLUMN reminder_mode`);
  }
}
