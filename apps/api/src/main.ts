import 'reflect-metadata';
import * as path from 'node:path';
import { loadConfigOrExit } from '@passerelle/config';
import {
  DatabaseUnavailableError,
  prepareDatabase,
  PreparedDatabase,
  runMigrations,
} from '@passerelle/persistence';
import {
  EnsureAdminUseCase,
  IssueSetupLinkUseCase,
  RebuildDeadlinesUseCase,
  SeedConventionsUseCase,
} from '@passerelle/application';
import { createApp } from './bootstrap/create-app';
import { assertOutboxWritable, assertPortFree, portProblem, StartupError } from './bootstrap/startup-checks';
import { printStartupNotice, printStartupSummary } from './bootstrap/startup-console';
import { loadSeedDocuments } from './seeds/load-seed-documents';

/** One line on stderr, exit 1. The embedded server, if started, stops with the process ('exit' hook). */
function fail(message: string, oneLine = true): never {
  process.stderr.write(`passerelle: ${oneLine ? message.replace(/\s*\n\s*/g, ' ') : message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const config = loadConfigOrExit('passerelle');

  // What an operator can fix is checked before anything starts, and said in one line.
  try {
    await assertPortFree(config.port);
    if (!config.smtpUrl) assertOutboxWritable(path.join(config.dataDir, 'outbox'));
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    throw error;
  }

  let database: PreparedDatabase;
  try {
    database = await prepareDatabase(
      config,
      () => undefined,
      (line) => printStartupNotice(line),
    );
    await runMigrations(database.url);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    fail(`database set-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Nest's own signal hooks would re-raise the signal after closing, killing the process before
  // the embedded server is stopped: main.ts stops both, in order.
  const app = await createApp({ config, databaseUrl: database.url, shutdownHooks: false });
  if (config.admin) await app.get(EnsureAdminUseCase).execute(config.admin.email, config.admin.password);
  const setupLink = config.admin ? null : await app.get(IssueSetupLinkUseCase).execute();
  const seeded = await app.get(SeedConventionsUseCase).execute(loadSeedDocuments(config.seedsDir));
  const rebuilt = await app.get(RebuildDeadlinesUseCase).ifRulesChanged();
  if (rebuilt) {
    printStartupNotice(
      `deadline rules changed, ${rebuilt.deadlines} deadlines of ${rebuilt.conventions} conventions recomputed`,
      { ...rebuilt },
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
  process.once('SIGHUP', () => void stop('SIGHUP'));

  try {
    await app.listen(config.port);
  } catch (error) {
    // Taken between the check and now.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      fail(portProblem(config.port, error as NodeJS.ErrnoException).message);
    throw error;
  }
  printStartupSummary({
    url: config.publicUrl,
    seconds: Number(process.hrtime.bigint() - startedAt) / 1e9,
    database: database.description,
    seeded,
    scheduler: config.scheduler,
    mail: config.smtpUrl
      ? `SMTP ${new URL(config.smtpUrl).host}`
      : `written as .eml files in ${path.join(config.dataDir, 'outbox')} (SMTP_URL unset)`,
    setupLink,
  });
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error), false),
);
