// globalSetup runs outside jest's module map: resolve @passerelle/* through tsconfig paths.
import 'tsconfig-paths/register';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  runMigrations,
  startEmbeddedPostgres,
} from '@passerelle/persistence';

/**
 * One database per test run: migrated once here, then cloned per test file as a template
 * (libs/testing createTestDatabase). DATABASE_URL's server when set, else an embedded one.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-test-pg-'));
    // When run as root, the embedded server runs as a 'postgres' user that must reach its directory.
    fs.chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres(path.join(dataDir, 'data'), { persistent: false });
    serverUrl = server.serverUrl;
    stop = server.stop;
  }
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = `passerelle_test_${runId}`;
  await createDatabaseIfMissing(serverUrl, template);
  await runMigrations(databaseUrlFor(serverUrl, template));
  process.env.PASSERELLE_TEST_SERVER_URL = serverUrl;
  process.env.PASSERELLE_TEST_TEMPLATE = template;
  (globalThis as Record<string, unknown>).__passerelleTestDatabase = { serverUrl, template, stop, dataDir };
}
