import { MigrationInterface, QueryRunner } from 'typeorm';

/** First-start setup links: single use, expiring, only while no admin exists (README, "First start"). */
export class CreateSetupTokens1764000011000 implements MigrationInterface {
  name = 'CreateSetupTokens1764000011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE setup_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CONSTRAINT setup_tokens_token_hash_key UNIQUE (token_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE setup_tokens');
  }
}
