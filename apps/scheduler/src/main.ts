import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AuthSettingsModule, ClockModule, SystemClock } from '@passerelle/application';
import { MailModule } from '@passerelle/mail';
import { ConfigModule, loadConfigOrExit } from '@passerelle/config';
import { PersistenceModule, prepareDatabaseOrExit, runMigrations } from '@passerelle/persistence';
import { Module } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import { SchedulerModule } from '@passerelle/scheduler';
import { serveMetrics } from './serve-metrics';

function fail(message: string): never {
  process.stderr.write(`passerelle-scheduler: ${message}\n`);
  process.exit(1);
}

/** The scheduler as its own process (docker-compose's `scheduler` service). */
async function main(): Promise<void> {
  const config = loadConfigOrExit('passerelle-scheduler');
  if (!config.databaseUrl) {
    fail(
      'DATABASE_URL is required to run the scheduler alone; with the embedded database it runs inside `npm start` (SCHEDULER=on)',
    );
  }
  if (!config.scheduler) fail('SCHEDULER=off: nothing to run');
  const database = await prepareDatabaseOrExit(config, 'passerelle-scheduler');
  await runMigrations(database.url);

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
      PersistenceModule.forRoot(database.url),
      MailModule.forRoot(config),
      AuthSettingsModule.forRoot({ sessionTtlHours: config.sessionTtlHours, publicUrl: config.publicUrl }),
      ClockModule.forRoot(new SystemClock(), config.defaultTimeZone),
      SchedulerModule.register(),
    ],
  })
  class SchedulerProcessModule {}

  const app = await NestFactory.createApplicationContext(SchedulerProcessModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (config.metrics.port) serveMetrics(config.metrics, config.metrics.port);
  app.get(Logger).log('scheduler started');
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
