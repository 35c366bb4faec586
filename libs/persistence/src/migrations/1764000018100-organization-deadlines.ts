import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines of an organization itself (CONTRACT §7: the yearly `apd_declaration`), stored like a
 * convention's so the reminder sweep finds them. `convention_id` is the convention its reminders go
 * through (reminder rows are per convention): one that makes the declaration due. Filled by the
 * deadline rebuild (DEADLINE_RULES_VERSION 3) and kept up to date by every convention write.
 */
export class OrganizationDeadlines1764000018100 implements MigrationInterface {
  name = 'OrganizationDeadlines1764000018100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization_deadlines (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('apd_declaration')),
        due_on date NOT NULL,
        declared_year integer NOT NULL,
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        PRIMARY KEY (organization_id, kind, due_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX organization_deadlines_due_on_idx ON organization_deadlines (due_on)`,
    );
    await queryRunner.query(
      `CREATE INDEX organization_deadlines_convention_idx ON organization_deadlines (convention_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organization_deadlines`);
  }
}
