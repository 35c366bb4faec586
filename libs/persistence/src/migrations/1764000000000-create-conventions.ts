import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConventions1764000000000 implements MigrationInterface {
  name = 'CreateConventions1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE conventions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL,
        title text NOT NULL,
        instrument text NOT NULL CHECK (instrument IN ('convention_cadre','convention_partenariat',
          'accord_cooperation','protocole','jumelage','charte','pacte_amitie','other')),
        language text NOT NULL DEFAULT 'fr',
        object text,
        time_zone text NOT NULL,
        effective_on date,
        terminated_on date,
        starts_on date,
        ends_on date,
        any_signed boolean NOT NULL DEFAULT false,
        all_signed boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT conventions_reference_key UNIQUE (reference)
      )`);
    await queryRunner.query(
      `CREATE INDEX conventions_title_trgm ON conventions USING gin (title gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_parties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        country char(2) NOT NULL,
        organization_id uuid,
        level text,
        representative text,
        representative_title text,
        deliberation_on date,
        signed_on date,
        prefecture_transmission_on date,
        CONSTRAINT convention_parties_name_key UNIQUE (convention_id, name)
      )`);
    await queryRunner.query(
      `CREATE INDEX convention_parties_country_idx ON convention_parties (country, convention_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX convention_parties_organization_idx ON convention_parties (organization_id) WHERE organization_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_clauses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('term','renewal','termination','actionPlan','evaluation','committee','amendment')),
        settings jsonb NOT NULL,
        source_article text,
        source_quote text,
        CONSTRAINT convention_clauses_kind_key UNIQUE (convention_id, kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE financial_commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        party text NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        year integer,
        note text
      )`);
    await queryRunner.query(
      `CREATE INDEX financial_commitments_convention_idx ON financial_commitments (convention_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE financial_commitments`);
    await queryRunner.query(`DROP TABLE convention_clauses`);
    await queryRunner.query(`DROP TABLE convention_parties`);
    await queryRunner.query(`DROP TABLE conventions`);
  }
}
