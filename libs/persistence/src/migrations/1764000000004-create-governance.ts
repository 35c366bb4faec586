import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance of a convention: committee meetings, their decisions and votes, the versioned minutes
 * and their signatures, action plans, evaluations, amendments and their approvals, renewal and
 * termination decisions, and PDF files (bytea with their SHA-256). Unique keys make client
 * retries land on the existing row.
 */
export class CreateGovernance1764000000004 implements MigrationInterface {
  name = 'CreateGovernance1764000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE committee_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        city text NOT NULL,
        country char(2) NOT NULL,
        host_party text NOT NULL,
        convened_by text,
        agenda jsonb NOT NULL DEFAULT '[]',
        attendees jsonb NOT NULL DEFAULT '[]',
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_meetings_day_key UNIQUE (convention_id, held_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE committee_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES committee_meetings(id) ON DELETE CASCADE,
        subject text NOT NULL,
        agenda_item integer,
        rule text NOT NULL CHECK (rule IN ('unanimity', 'consensus', 'majority')),
        adopted boolean NOT NULL,
        blocked_by text[] NOT NULL DEFAULT '{}',
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX committee_decisions_subject_key ON committee_decisions (meeting_id, lower(subject))`,
    );
    await queryRunner.query(`
      CREATE TABLE committee_votes (
        decision_id uuid NOT NULL REFERENCES committee_decisions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        party text NOT NULL,
        vote text NOT NULL CHECK (vote IN ('for', 'against', 'abstain', 'absent')),
        PRIMARY KEY (decision_id, party)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES committee_meetings(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        text text NOT NULL,
        created_on date NOT NULL,
        circulated_on date,
        superseded_at timestamptz,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_minutes_version_key UNIQUE (meeting_id, version)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX meeting_minutes_current_key ON meeting_minutes (meeting_id) WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE minutes_signatures (
        minutes_id uuid NOT NULL REFERENCES meeting_minutes(id) ON DELETE CASCADE,
        signatory text NOT NULL,
        signed_on date NOT NULL,
        recorded_by text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (minutes_id, signatory)
      )`);
    await queryRunner.query(`
      CREATE TABLE action_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        plan_year integer NOT NULL,
        meeting_id uuid REFERENCES committee_meetings(id) ON DELETE SET NULL,
        validated_on date NOT NULL,
        items jsonb NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_plans_year_key UNIQUE (convention_id, plan_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        meeting_id uuid REFERENCES committee_meetings(id) ON DELETE SET NULL,
        presented_on date NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        indicators jsonb NOT NULL DEFAULT '[]',
        findings text NOT NULL,
        settles date[] NOT NULL DEFAULT '{}',
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_from <= period_to),
        CONSTRAINT evaluations_period_key UNIQUE (convention_id, period_from, period_to)
      )`);
    await queryRunner.query(`
      CREATE TABLE amendments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        number integer NOT NULL,
        title text,
        text text NOT NULL,
        changes jsonb NOT NULL,
        proposed_on date NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT amendments_number_key UNIQUE (convention_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE amendment_approvals (
        amendment_id uuid NOT NULL REFERENCES amendments(id) ON DELETE CASCADE,
        party text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approved', 'refused')),
        decided_on date NOT NULL,
        deliberation_ref text,
        recorded_by text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (amendment_id, party)
      )`);
    await queryRunner.query(`
      CREATE TABLE renewal_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('express_renewal', 'non_renewal', 'termination_notice')),
        decided_on date NOT NULL,
        party text,
        deliberations jsonb NOT NULL DEFAULT '[]',
        new_term_months integer,
        last_day_before date,
        last_day_after date,
        note text,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT renewal_decisions_once_key UNIQUE (convention_id, kind, decided_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE governance_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convention_id uuid NOT NULL REFERENCES conventions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('minutes', 'evaluation', 'signed_text', 'deliberation',
          'prefecture_acknowledgment', 'governor_visa', 'other')),
        minutes_id uuid REFERENCES meeting_minutes(id) ON DELETE CASCADE,
        evaluation_id uuid REFERENCES evaluations(id) ON DELETE CASCADE,
        title text,
        filename text NOT NULL,
        content_type text NOT NULL CHECK (content_type = 'application/pdf'),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by text,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'minutes') = (minutes_id IS NOT NULL)),
        CHECK ((kind = 'evaluation') = (evaluation_id IS NOT NULL)),
        CHECK (octet_length(content) = size_bytes)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX governance_files_once_key ON governance_files
         (convention_id, kind, coalesce(minutes_id, evaluation_id, convention_id), sha256)`,
    );
    await queryRunner.query(
      `CREATE INDEX committee_decisions_meeting_idx ON committee_decisions (meeting_id)`,
    );
    await queryRunner.query(`CREATE INDEX action_plans_meeting_idx ON action_plans (meeting_id)`);
    await queryRunner.query(`CREATE INDEX evaluations_meeting_idx ON evaluations (meeting_id)`);
    await queryRunner.query(
      `CREATE INDEX governance_files_minutes_idx ON governance_files (minutes_id) WHERE minutes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX governance_files_evaluation_idx ON governance_files (evaluation_id) WHERE evaluation_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'governance_files',
      'renewal_decisions',
      'amendment_approvals',
      'amendments',
      'evaluations',
      'action_plans',
      'minutes_signatures',
      'meeting_minutes',
      'committee_votes',
      'committee_decisions',
      'committee_meetings',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
