import * as path from 'node:path';
import { AppConfig } from '@passerelle/config';
import { createDataSource } from './data-source';
import { createDatabaseIfMissing, databaseUrlFor, startEmbeddedPostgres } from './embedded/embedded-database';
import { EmbeddedPostgresError } from './embedded/embedded-postgres-error';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  /** For the console: `embedded PostgreSQL 18.4 in …/var/postgres` or the redacted DATABASE_URL. */
  description: string;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  constructor(target: string, cause: unknown) {
    super(
      cause instanceof EmbeddedPostgresError
        ? `cannot start the embedded PostgreSQL: ${cause.message}`
        : `Cannot reach PostgreSQL at ${target}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'DatabaseUnavailableError';
  }
}

export const EMBEDDED_DATABASE = 'passerelle';

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR/postgres. */
export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'embeddedPostgresDir'>>,
  log: (line: string) => void = () => undefined,
  notice: (line: string) => void = log,
): Promise<PreparedDatabase> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    try {
      const database = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
      await createDatabaseIfMissing(databaseUrlFor(url, 'postgres'), database).catch(() => undefined);
      await probe(url);
    } catch (error) {
      throw new DatabaseUnavailableError(redact(url), error);
    }
    return { url, embedded: false, description: redact(url), stop: () => Promise.resolve() };
  }
  const dataDir = path.join(config.dataDir, 'postgres');
  let server;
  try {
    server = await startEmbeddedPostgres(dataDir, { log, notice, relocationDir: config.embeddedPostgresDir });
    await createDatabaseIfMissing(server.serverUrl, EMBEDDED_DATABASE);
  } catch (error) {
    await server?.stop().catch(() => undefined);
    throw new DatabaseUnavailableError(`embedded PostgreSQL in ${dataDir}`, error);
  }
  const where = server.linkedFrom ? `${server.linkedFrom} → ${server.dataDir}` : server.dataDir;
  return {
    url: databaseUrlFor(server.serverUrl, EMBEDDED_DATABASE),
    embedded: true,
    description: `embedded PostgreSQL ${server.version} in ${where}`,
    stop: () => server.stop(),
  };
}

async function probe(url: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  await client.end();
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** For a program's entry point: the database, or one line saying why it cannot be reached and exit 1. */
export async function prepareDatabaseOrExit(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'embeddedPostgresDir'>>,
  program: string,
): Promise<PreparedDatabase> {
  try {
    return await prepareDatabase(config);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    process.stderr.write(`${program}: ${error.message}\n`);
    process.exit(1);
  }
}
