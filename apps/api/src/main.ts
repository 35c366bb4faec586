import 'reflect-metadata';
import { loadConfigOrExit } from '@passerelle/config';
import {
  DatabaseUnavailableError,
  prepareDatabase,
  PreparedDatabase,
  runMigrations,
} from '@passerelle/persistence';
import { EnsureAdminUseCase, RebuildDeadlinesUseCase, SeedConventionsUseCase } from '@passerelle/application';
import { createApp } from './bootstrap/create-app';
import { loadSeedDocuments } from './seeds/load-seed-documents';

function fail(message: string): never {
  process.stderr.write(`passerelle: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const config = loadConfigOrExit('passerelle');

  let database: PreparedDatabase;
  try {
    database = await prepareDatabase(config);
    await runMigrations(database.url);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    fail(`database set-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const app = await createApp({ config, databaseUrl: database.url });
  if (config.admin) await app.get(EnsureAdminUseCase).execute(config.admin.email, config.admin.password);
  const seeded = await app.get(SeedConventionsUseCase).execute(loadSeedDocuments(config.seedsDir));
  const rebuilt = await app.get(RebuildDeadlinesUseCase).ifRulesChanged();
  if (rebuilt) {
    process.stdout.write(
      `passerelle: deadline rules changed, ${rebuilt.deadlines} deadlines of ${rebuilt.conventions} conventions recomputed\n`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`passerelle: ${signal} received, stopping\n`);
    await app.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.port);
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  process.stdout.write(
    `passerelle: listening on ${config.publicUrl} (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}` +
      `${seeded ? `, ${seeded} seed conventions loaded` : ''}) in ${seconds.toFixed(2)} s\n`,
  );
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
