import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrlFor } from '@passerelle/persistence';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A name no other test file of the run can hold. Jest loads this module afresh for each file in
 * the same process (--runInBand), so a module counter restarts and would repeat a name whenever a
 * file failed before dropping its database.
 */
export function testDatabaseName(template: string): string {
  return `${template}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.PASSERELLE_TEST_SERVER_URL;
  const template = process.env.PASSERELLE_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('integration tests run through jest --selectProjects integration');
  const name = testDatabaseName(template);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  return {
    url: databaseUrlFor(serverUrl, name),
    drop: async () => {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
