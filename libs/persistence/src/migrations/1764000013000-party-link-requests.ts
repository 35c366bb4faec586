import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A party may name another organization only with its consent: the link waits in
 * party_link_requests until that organization's officers accept it (then
 * convention_parties.organization_id is set) or refuse it. convention_writers keeps which
 * organization wrote each convention, for the reminder mails (null: an admin or the seeds).
 */
export class PartyLinkRequests1764000013000 implements MigrationInterface {
  name = 'PartyLinkRequests1764000013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE party_link_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        party_name text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_by_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'refused', 'withdrawn')),
        answered_by uuid REFERENCES users(id) ON DELETE SET NULL,
        answered_at timestamptz
      )`);
    // One open request per party and organization: a retried write adds nothing.
    await queryRunner.query(
      `CREATE UNIQUE INDEX party_link_requests_open_key
         ON party_link_requests (convention_id, party_name, organization_id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX party_link_requests_organization_idx ON party_link_requests (organization_id, status)`,
    );
    await queryRunner.query(`
      CREATE TABLE convention_writers (
        convention_id uuid PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL
      )`);
    // Existing conventions: the organization of whoever created them, as the audit recorded it.
    await queryRunner.query(`
      INSERT INTO convention_writers (convention_id, organization_id)
      SELECT DISTINCT ON (c.id) c.id, u.organization_id
        FROM conventions c
        JOIN audit_log a ON a.entity = 'convention' AND a.action = 'create' AND a.entity_id = c.id::text
        JOIN users u ON lower(u.email) = lower(a.actor)
       ORDER BY c.id, a.at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE convention_writers`);
    await queryRunner.query(`DROP TABLE party_link_requests`);
  }
}
