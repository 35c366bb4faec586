import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ImportRepertoireUseCase, SystemClock } from '@passerelle/application';
import { loadConfigOrExit } from '@passerelle/config';
import {
  createDataSource,
  prepareDatabaseOrExit,
  runMigrations,
  TypeormPortfolioRepository,
} from '@passerelle/persistence';
import { decodeText } from './decode-text';

/** `npm run import:repertoire -- FILE`: the same import as POST /api/imports/repertoire. */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run import:repertoire -- FILE\n');
    process.exit(2);
  }
  const text = decodeText(readFileSync(file)).text;
  const config = loadConfigOrExit('passerelle');
  const database = await prepareDatabaseOrExit(config, 'passerelle');
  try {
    await runMigrations(database.url);
    const dataSource = await createDataSource(database.url).initialize();
    try {
      const started = performance.now();
      const result = await new ImportRepertoireUseCase(
        new TypeormPortfolioRepository(dataSource),
        new SystemClock(),
        config.defaultTimeZone,
      ).execute(text, null);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      for (const problem of result.problems)
        process.stdout.write(`line ${problem.line}: ${problem.field}: ${problem.message}\n`);
      process.stdout.write(
        `passerelle: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.links.length} offered as links, ${result.problems.length} problems in ${seconds} s\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`passerelle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
