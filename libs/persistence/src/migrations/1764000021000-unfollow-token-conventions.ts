import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a mail about several conventions (grouped, welcome, digest) carries one RFC 8058
 * one-click List-Unsubscribe link; its token stops every convention that mail names. The token's
 * own `convention_id` stays its first; this table lists them all (a convention deleted since
 * drops out of the link with its row).
 */
export class UnfollowTokenConventions1764000021000 implements MigrationInterface {
  name = 'UnfollowTokenConventions1764000021000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_token_conventions (
        token_hash text NOT NULL REFERENCES action_tokens(token_hash) ON DELETE CASCADE,
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        PRIMARY KEY (token_hash, convention_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX action_token_conventions_convention_idx ON action_token_conventions (convention_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE action_token_conventions');
  }
}
