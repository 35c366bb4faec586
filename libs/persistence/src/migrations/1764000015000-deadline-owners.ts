import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who in each organization answers for a convention (its lead officer) and for each of its
 * deadlines (the owner named on it, else the lead). Keyed by (kind, date) like deadline records,
 * so an owner survives the recomputation of the stored deadlines. A user who leaves the
 * organization or is deleted takes their assignments along (the lead then applies).
 */
export class DeadlineOwners1764000015000 implements MigrationInterface {
  name = 'DeadlineOwners1764000015000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE convention_leads (
        convention_id uuid NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (convention_id, organization_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE deadline_owners (
        convention_id uuid NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_on date NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (convention_id, organization_id, due_on, kind)
      )`);
    // "My deadlines" reads by user.
    await queryRunner.query(`CREATE INDEX deadline_owners_user_idx ON deadline_owners (user_id)`);
    await queryRunner.query(`CREATE INDEX convention_leads_user_idx ON convention_leads (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deadline_owners`);
    await queryRunner.query(`DROP TABLE convention_leads`);
  }
}
