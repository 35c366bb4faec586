import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { EnsureAdminUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  RunningDatabase,
  runMigrations,
  startEmbeddedPostgres,
} from '@passerelle/persistence';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap/create-app';

/** The database goes away under a running API: clients are told to retry (503), not that it broke (500). */
describe('database unavailable at run time', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-db-down-'));
  let server: RunningDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    fs.chmodSync(dir, 0o755);
    server = await startEmbeddedPostgres(path.join(dir, 'postgres'), { persistent: false });
    await createDatabaseIfMissing(server.serverUrl, 'passerelle');
    const url = databaseUrlFor(server.serverUrl, 'passerelle');
    await runMigrations(url);
    const config = loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off', DATA_DIR: dir });
    app = await createApp({ config, databaseUrl: url });
    await app.init();
    await app.get(EnsureAdminUseCase).execute('admin@ville.fr', 'a long passphrase');
  }, 120_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After on /health and on the API, and says why', async () => {
    const http = app.getHttpServer();
    expect((await request(http).get('/health')).status).toBe(200);
    const login = await request(http)
      .post('/api/auth/login')
      .send({ email: 'admin@ville.fr', password: 'a long passphrase' });
    const token = login.body.accessToken as string;
    expect((await request(http).get('/api/conventions').set('Authorization', `Bearer ${token}`)).status).toBe(
      200,
    );

    await server.stop();

    const health = await request(http).get('/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toBe('5');
    for (const call of [
      request(http).get('/api/conventions').set('Authorization', `Bearer ${token}`),
      request(http).post('/api/auth/login').send({ email: 'admin@ville.fr', password: 'a long passphrase' }),
    ]) {
      const response = await call;
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is unavailable: try again in a few seconds',
      });
    }
  }, 60_000);
});
