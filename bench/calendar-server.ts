/**
 * Child process of bench/run.mjs: the real API (createApp, as production builds it) on the bench
 * database, listening on a free port, so that the load generator does not share its event loop.
 * Also answers IPC requests to time GetCalendarUseCase called directly (scoped calendars, which
 * the HTTP route does not expose).
 */
import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import * as application from '@passerelle/application';
import { ClockPort, GetCalendarUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/bootstrap/create-app';
import { MemorySampler } from './lib/memory';
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

const BENCH_ADMIN = {
  email: 'bench-admin@passerelle.localhost',
  password: 'bench admin password, not a secret',
};

/**
 * Where the API has accounts (every route but a few needs a session), a platform admin — who sees
 * every convention — signs in once; the load test sends that bearer token. Null without accounts.
 */
async function adminToken(app: INestApplication, base: string): Promise<string | null> {
  const ensureAdmin = (application as Record<string, unknown>).EnsureAdminUseCase as
    (new (...args: never[]) => { execute(email: string, password: string): Promise<unknown> }) | undefined;
  if (!ensureAdmin) return null;
  await app.get(ensureAdmin).execute(BENCH_ADMIN.email, BENCH_ADMIN.password);
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (response.status !== 200)
    throw new Error(`bench admin login answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const BENCH_OFFICER = {
  email: 'bench-officer@passerelle.localhost',
  password: 'bench officer password, not a secret',
};

/**
 * An organization's officer: the organization is the French party of `count` conventions (the
 * first by reference), as a city with that many partnerships would be, among all the others.
 */
async function officerOf(
  app: INestApplication,
  base: string,
  admin: string,
  count: number,
): Promise<{ token: string; organizationId: string }> {
  const call = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  };
  const organization = await call(
    '/api/admin/organizations',
    { name: 'Ville de banc d’essai', country: 'FR', timezone: 'Europe/Paris' },
    admin,
  );
  await call(
    '/api/admin/users',
    {
      ...BENCH_OFFICER,
      name: 'Agent de banc d’essai',
      organizationId: organization.id,
      role: 'officer',
      language: 'fr',
    },
    admin,
  );
  await app.get(DataSource).query(
    `UPDATE convention_parties SET organization_id = $1
      WHERE position = 0 AND convention_id IN (SELECT id FROM conventions ORDER BY reference LIMIT $2)`,
    [organization.id, count],
  );
  const { accessToken } = await call('/api/auth/login', BENCH_OFFICER);
  return { token: accessToken, organizationId: organization.id };
}

async function main(): Promise<void> {
  const [url, now, officerConventions] = process.argv.slice(2);
  const config = loadConfig({ LOG_LEVEL: 'silent', SCHEDULER: 'off' });
  const app = await createApp({ config, databaseUrl: url, clock: new BenchClock(new Date(now)) });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const token = await adminToken(app, `http://127.0.0.1:${address.port}`);
  const officer =
    token && officerConventions
      ? await officerOf(app, `http://127.0.0.1:${address.port}`, token, Number(officerConventions))
      : null;
  // Requests still being answered: a load test that stops at its deadline leaves some behind.
  let inFlight = 0;
  const idleWaiters: Array<() => void> = [];
  app.getHttpServer().on('request', (_request: unknown, response: NodeJS.EventEmitter) => {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
    });
  });
  // The API's resident memory under the load tests (issue 20: ≤ 256 MB), sampled from the start.
  let memory = new MemorySampler().start(100);
  process.on('message', (message: DirectRequest | { cmd: 'close' | 'idle' | 'memory' }) => {
    if (message.cmd === 'memory') {
      process.send?.({ cmd: 'memory', result: memory.stop() });
      memory = new MemorySampler().start(100);
      return;
    }
    if (message.cmd === 'close') {
      void app.close().then(() => process.exit(0));
      return;
    }
    if (message.cmd === 'idle') {
      if (inFlight === 0) process.send?.({ cmd: 'idle' });
      else idleWaiters.push(() => process.send?.({ cmd: 'idle' }));
      return;
    }
    if (message.cmd !== 'direct') return;
    direct(app, message).then(
      (result) => process.send?.({ cmd: 'direct', result }),
      (error: unknown) =>
        process.send?.({ cmd: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.send?.({ cmd: 'ready', port: address.port, token, officer });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
