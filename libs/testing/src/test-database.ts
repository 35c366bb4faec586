import { Client } from 'pg';
import { databaseUrlFor } from '@passerelle/persistence';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.PASSERELLE_TEST_SERVER_URL;
  const template = process.env.PASSERELLE_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('integration tests run through jest --selectProjects integration');
  counter += 1;
  const name = `${template}_${process.pid}_${counter}`;
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
