import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: the Moroccan party's visa, the @ctes receipt number, Arabic as a user language, the
 * ledger of payments (aide publique au développement) and each organization's APD declarations.
 */
export class BothShores1764000018000 implements MigrationInterface {
  name = 'BothShores1764000018000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE convention_parties
        ADD COLUMN visa_on date,
        ADD COLUMN visa_authority text CHECK (visa_authority IN ('governor', 'interior_ministry', 'other')),
        ADD COLUMN prefecture_receipt_number text`);
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_language_check`);
    await queryRunner.query(
      `ALTER TABLE users ADD CONSTRAINT users_language_check CHECK (language IN ('fr', 'en', 'ar'))`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        party text NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        exchange_rate numeric(18,8) NOT NULL CHECK (exchange_rate > 0),
        amount_eur numeric(14,2) NOT NULL,
        paid_on date NOT NULL,
        country char(2) NOT NULL,
        purpose text,
        kind text NOT NULL CHECK (kind IN ('cash', 'in_kind')),
        action_plan_id uuid REFERENCES action_plans(id) ON DELETE SET NULL,
        action_plan_item integer,
        action_plan_line integer,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX convention_payments_convention_idx ON convention_payments (convention_id, paid_on)`,
    );
    // An action plan's co-financing line is imported once, however often the import is retried.
    await queryRunner.query(
      `CREATE UNIQUE INDEX convention_payments_origin_key
         ON convention_payments (action_plan_id, action_plan_item, action_plan_line)
         WHERE action_plan_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE apd_declarations (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        year integer NOT NULL,
        declared_on date NOT NULL,
        note text,
        declared_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE apd_declarations`);
    await queryRunner.query(`DROP TABLE convention_payments`);
    await queryRunner.query(`UPDATE users SET language = 'fr' WHERE language = 'ar'`);
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT users_language_check`);
    await queryRunner.query(
      `ALTER TABLE users ADD CONSTRAINT users_language_check CHECK (language IN ('fr', 'en'))`,
    );
    await queryRunner.query(`
      ALTER TABLE convention_parties
        DROP COLUMN visa_on, DROP COLUMN visa_authority, DROP COLUMN prefecture_receipt_number`);
  }
}
