import { Client } from 'pg';
import { TestApp } from '../../support/test-app';

/** Tables that change without a write of the request under test (sessions of sign-ins). */
const IGNORED = new Set(['sessions', 'migrations', 'typeorm_metadata']);

const clients = new Map<string, Promise<{ client: Client; query: string }>>();

/** One connection per test database, and the fingerprint query built once from its tables. */
function prepared(t: TestApp): Promise<{ client: Client; query: string }> {
  let entry = clients.get(t.database.url);
  if (!entry) {
    entry = (async () => {
      const client = new Client({ connectionString: t.database.url });
      await client.connect();
      const tables = (
        await client.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
        )
      ).rows
        .map((row) => row.table_name)
        .filter((name) => !IGNORED.has(name));
      const query = `SELECT concat_ws(',', ${tables
        .map((name) => `'${name}=' || (SELECT count(*) FROM "${name}")`)
        .join(', ')},
        'conventions.updated=' || (SELECT coalesce(max(updated_at)::text, '') FROM conventions),
        'parties=' || (SELECT coalesce(string_agg(coalesce(organization_id::text, '-'), '|' ORDER BY id), '') FROM convention_parties),
        'users=' || (SELECT coalesce(string_agg(language || role || name, '|' ORDER BY id), '') FROM users)) AS fingerprint`;
      return { client, query };
    })();
    clients.set(t.database.url, entry);
  }
  return entry;
}

/**
 * Every user table's row count, and what an update would change on the rows the walks aim at:
 * equal fingerprints before and after a refused request mean it wrote nothing.
 */
export async function databaseFingerprint(t: TestApp): Promise<string> {
  const { client, query } = await prepared(t);
  return (await client.query<{ fingerprint: string }>(query)).rows[0].fingerprint;
}

/** Closes the fingerprint connection before the test database is dropped. */
export async function closeFingerprint(t: TestApp): Promise<void> {
  const entry = clients.get(t.database.url);
  clients.delete(t.database.url);
  if (entry) await (await entry).client.end();
}
