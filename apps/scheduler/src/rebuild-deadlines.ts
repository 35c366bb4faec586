import 'reflect-metadata';
import { RebuildDeadlinesUseCase, SystemClock } from '@passerelle/application';
import { loadConfigOrExit } from '@passerelle/config';
import {
  createDataSource,
  governanceFactsOn,
  prepareDatabaseOrExit,
  runMigrations,
  TypeormDeadlineStore,
} from '@passerelle/persistence';

/** `npm run deadlines:rebuild`: recomputes and stores every convention's deadlines, in one transaction. */
async function main(): Promise<void> {
  const config = loadConfigOrExit('passerelle');
  const database = await prepareDatabaseOrExit(config, 'passerelle');
  try {
    await runMigrations(database.url);
    const dataSource = await createDataSource(database.url).initialize();
    try {
      const started = performance.now();
      const result = await new RebuildDeadlinesUseCase(
        new TypeormDeadlineStore(dataSource),
        new SystemClock(),
        governanceFactsOn(dataSource),
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

main().catch((error: unknown) => {
  process.stderr.write(
    `passerelle: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
