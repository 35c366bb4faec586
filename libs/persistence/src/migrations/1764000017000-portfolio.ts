import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: what a partnership holds beyond its convention document — projects and their budget
 * lines, dated history with its precision and words, contacts and profiles per party, and the
 * record of where an imported convention came from (its key, raw instrument words, source lines).
 */
export class Portfolio1764000017000 implements MigrationInterface {
  name = 'Portfolio1764000017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_records (
        convention_id uuid PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE,
        source text NOT NULL,
        source_key text NOT NULL,
        content_hash text NOT NULL,
        raw_instrument text,
        state text NOT NULL DEFAULT 'agreement'
          CHECK (state IN ('agreement','no_agreement','informal','suspended','ended')),
        sources jsonb NOT NULL DEFAULT '[]',
        line_from integer,
        line_to integer,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT import_records_key UNIQUE (source_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE convention_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('planned','in_progress','done')),
        period text,
        starts_value text,
        starts_precision text CHECK (starts_precision IN ('day','month','season','year')),
        ends_value text,
        ends_precision text CHECK (ends_precision IN ('day','month','season','year')),
        objectives text,
        project_owner text,
        beneficiaries text,
        domains text[] NOT NULL DEFAULT '{}',
        line_from integer,
        line_to integer
      )`);
    await queryRunner.query(
      `CREATE INDEX convention_projects_convention_idx ON convention_projects (convention_id, position)`,
    );
    await queryRunner.query(`
      CREATE TABLE project_budget_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES convention_projects(id) ON DELETE CASCADE,
        position integer NOT NULL,
        role text NOT NULL CHECK (role IN ('contribution','total','expense')),
        amount numeric(16,2) CHECK (amount >= 0),
        currency char(3),
        contributor text,
        contributor_kind text CHECK (contributor_kind IN ('party','cofinancer')),
        nature text CHECK (nature IN ('cash','in_kind','mixed')),
        in_kind_amount numeric(16,2) CHECK (in_kind_amount >= 0),
        year_from integer,
        year_to integer,
        words text,
        line integer,
        CHECK ((amount IS NULL) = (currency IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX project_budget_lines_project_idx ON project_budget_lines (project_id, position)`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_history_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('signed','deliberated','renewed','amended','suspended','ended','other')),
        date_value text,
        date_precision text CHECK (date_precision IN ('day','month','season','year')),
        date_from date,
        date_to date,
        party text,
        words text NOT NULL,
        line integer,
        CHECK ((date_value IS NULL) = (date_precision IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX convention_history_events_convention_idx ON convention_history_events (convention_id, date_from)`,
    );
    await queryRunner.query(`
      CREATE TABLE party_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        party text NOT NULL,
        role text NOT NULL CHECK (role IN ('elected','agent','office')),
        name text,
        title text,
        phone text,
        email text,
        address text,
        as_of text,
        line integer
      )`);
    await queryRunner.query(
      `CREATE INDEX party_contacts_convention_idx ON party_contacts (convention_id, position)`,
    );
    await queryRunner.query(`
      CREATE TABLE party_profiles (
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        party text NOT NULL,
        population bigint CHECK (population > 0),
        domains text[] NOT NULL DEFAULT '{}',
        line integer,
        PRIMARY KEY (convention_id, party)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'party_profiles',
      'party_contacts',
      'convention_history_events',
      'project_budget_lines',
      'convention_projects',
      'import_records',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
