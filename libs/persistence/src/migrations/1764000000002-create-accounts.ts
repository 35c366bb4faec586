import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, users, their sessions and one-time links, calendar-feed tokens, internal notes. */
export class CreateAccounts1764000000002 implements MigrationInterface {
  name = 'CreateAccounts1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country char(2) NOT NULL,
        time_zone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_name_key UNIQUE (name)
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
        organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
        role text NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role = 'admin' OR organization_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT one_time_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE calendar_tokens (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE organization_notes (
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        PRIMARY KEY (convention_id, organization_id)
      )`);
    await queryRunner.query(
      `ALTER TABLE convention_parties ADD CONSTRAINT convention_parties_organization_fk
         FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE SET NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE convention_parties DROP CONSTRAINT convention_parties_organization_fk`,
    );
    for (const table of [
      'organization_notes',
      'calendar_tokens',
      'one_time_tokens',
      'sessions',
      'users',
      'organizations',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
