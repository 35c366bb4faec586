import { INestApplication } from '@nestjs/common';
import { FixedClock } from '@passerelle/domain';
import { loadConfig, RawEnv } from '@passerelle/config';
import { createApp } from '../../../apps/api/src/bootstrap/create-app';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  clock: FixedClock;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real API on its own fresh database, with a clock the test controls. */
export async function startTestApp(options: { now?: string; env?: RawEnv } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(options.now ?? '2026-11-22T09:00:00Z'));
  const config = loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off', ...options.env });
  const app = await createApp({ config, databaseUrl: database.url, clock });
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    clock,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
