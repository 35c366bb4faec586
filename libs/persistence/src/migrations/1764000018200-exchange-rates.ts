import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dated exchange rates (euros for one unit of a currency, from a day on), recorded by an admin
 * from a published source, and on each payment the rate it was converted at and where that rate
 * came from: typed by the officer (`given`, the bank's statement) or read from this table.
 */
export class ExchangeRates1764000018200 implements MigrationInterface {
  name = 'ExchangeRates1764000018200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exchange_rates (
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'EUR'),
        valid_from date NOT NULL,
        eur_per_unit numeric(18,8) NOT NULL CHECK (eur_per_unit > 0),
        source text NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (currency, valid_from)
      )`);
    await queryRunner.query(`
      ALTER TABLE convention_payments
        ADD COLUMN exchange_rate_source text NOT NULL DEFAULT 'given' CHECK (exchange_rate_source IN ('given', 'table')),
        ADD COLUMN exchange_rate_on date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE convention_payments DROP COLUMN exchange_rate_source, DROP COLUMN exchange_rate_on`,
    );
    await queryRunner.query(`DROP TABLE exchange_rates`);
  }
}
