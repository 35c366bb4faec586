import { TestApp } from '../../support/test-app';

/** Tables that change without a write of the request under test (sessions of sign-ins). */
const IGNORED = new Set(['sessions', 'migrations', 'typeorm_metadata']);

/**
 * Every user table's row count and the newest change time of the tables that keep one: equal
 * fingerprints before and after a refused request mean it wrote nothing.
 */
export async function databaseFingerprint(t: TestApp): Promise<string> {
  const tables = await t.sql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counted = tables.map((row) => row.table_name).filter((name) => !IGNORED.has(name));
  const counts = await t.sql<{ fingerprint: string }>(
    `SELECT concat_ws(',', ${counted
      .map((name) => `'${name}=' || (SELECT count(*) FROM "${name}")`)
      .join(', ')}, 'conventions.updated=' || (SELECT coalesce(max(updated_at)::text, '') FROM conventions),
      'parties=' || (SELECT coalesce(string_agg(coalesce(organization_id::text, '-'), '|' ORDER BY id), '') FROM convention_parties),
      'users=' || (SELECT coalesce(string_agg(language || role, '|' ORDER BY id), '') FROM users)) AS fingerprint`,
  );
  return counts[0].fingerprint;
}
