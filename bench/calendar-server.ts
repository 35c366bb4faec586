/**
 * Child process of bench/run.mjs: the real API (createApp, as production builds it) on the bench
 * database, listening on a free port, so that the load generator does not share its event loop.
 * Also answers IPC requests to time GetCalendarUseCase called directly (scoped calendars, which
 * the HTTP route does not expose).
 */
import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { ClockPort, GetCalendarUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/bootstrap/create-app';
import { closedLoop } from './lib/stats';

class BenchClock extends ClockPort {
  constructor(private readonly instant: Date) {
    super();
  }
  now(): Date {
    return new Date(this.instant.getTime());
  }
}

interface DirectRequest {
  cmd: 'direct';
  from: string;
  to: string;
  /** A number: the first N conventions by reference; null: all. */
  scopeSize: number | null;
  concurrency: number;
  seconds: number;
}

async function direct(app: INestApplication, request: DirectRequest): Promise<Record<string, unknown>> {
  const useCase = app.get(GetCalendarUseCase);
  let conventionIds: string[] | undefined;
  if (request.scopeSize !== null) {
    const rows: Array<{ id: string }> = await app
      .get(DataSource)
      .query('SELECT id FROM conventions ORDER BY reference LIMIT $1', [request.scopeSize]);
    conventionIds = rows.map((row) => row.id);
  }
  const command = { from: request.from, to: request.to, locale: 'fr' as const, scope: { conventionIds } };
  const sample = await useCase.execute(command);
  const stats = await closedLoop(request.concurrency, request.seconds, () => useCase.execute(command));
  return { items: sample.length, bytes: Buffer.byteLength(JSON.stringify(sample)), ...stats };
}

async function main(): Promise<void> {
  const [url, now] = process.argv.slice(2);
  const config = loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off' });
  const app = await createApp({ config, databaseUrl: url, clock: new BenchClock(new Date(now)) });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.on('message', (message: DirectRequest | { cmd: 'close' }) => {
    if (message.cmd === 'close') {
      void app.close().then(() => process.exit(0));
      return;
    }
    direct(app, message).then(
      (result) => process.send?.({ cmd: 'direct', result }),
      (error: unknown) => process.send?.({ cmd: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.send?.({ cmd: 'ready', port: address.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
