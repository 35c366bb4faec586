import 'reflect-metadata';
import { RebuildDeadlinesUseCase, SystemClock } from '@passerelle/application';
import { ConfigError, loadConfig } from '@passerelle/config';
import {
  createDataSource,
  DatabaseUnavailableError,
  prepareDatabase,
  runMigrations,
  TypeormDeadlineStore,
  TypeormGovernanceRepository,
} from '@passerelle/persistence';

function fail(message: string): never {
  process.stderr.write(`passerelle: ${message}\n`);
  process.exit(1);
}

/** `npm run deadlines:rebuild`: recomputes and stores every convention's deadlines, in one transaction. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const database = await prepareDatabase(config).catch((error: unknown) => {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    throw error;
  });
  try {
    await runMigrations(database.url);
    const dataSource = await createDataSource(database.url).initialize();
    try {
      const started = performance.now();
      const result = await new RebuildDeadlinesUseCase(
        new TypeormDeadlineStore(dataSource),
        new SystemClock(),
        new TypeormGovernanceRepository(dataSource),
      ).execute();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `passerelle: ${result.deadlines} deadlines of ${result.conventions} conventions recomputed in ${seconds} s\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
