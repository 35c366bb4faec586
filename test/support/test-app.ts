import { tmpdir } from 'node:os';
import { INestApplication } from '@nestjs/common';
import { EnsureAdminUseCase } from '@passerelle/application';
import { FixedClock, Role } from '@passerelle/domain';
import { loadConfig, RawEnv } from '@passerelle/config';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { createTestDatabase, TestDatabase } from '@passerelle/testing';

export const TEST_ADMIN = { email: 'admin@passerelle.test', password: 'admin password for tests' };

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  clock: FixedClock;
  database: TestDatabase;
  /** Requests signed in as the platform admin. */
  api: TestAgent;
  adminToken: string;
  /** Signs in and returns an agent carrying that user's bearer token. */
  as(email: string, password: string): Promise<TestAgent>;
  /** Creates an organization (admin) and a user in it; returns the user's agent and ids. */
  newUser(
    role: Role,
    organization?: { id: string } | { name: string; country?: string; timezone?: string },
  ): Promise<{ agent: TestAgent; token: string; userId: string; organizationId: string; email: string }>;
  /** One SQL statement on the test database (its own connection): to look behind the API. */
  sql<Row = Record<string, any>>(text: string, params?: unknown[]): Promise<Row[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

let userSequence = 0;

/** The real API on its own fresh database, with a clock the test controls. */
export async function startTestApp(options: { now?: string; env?: RawEnv } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(options.now ?? '2026-11-22T09:00:00Z'));
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SCHEDULER: 'off',
    DATA_DIR: `${tmpdir()}/passerelle-test-data-${process.pid}`,
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl: database.url, clock });
  await app.init();
  const http = app.getHttpServer();
  await app.get(EnsureAdminUseCase).execute(TEST_ADMIN.email, TEST_ADMIN.password);

  const login = async (email: string, password: string) => {
    const response = await request(http).post('/api/auth/login').send({ email, password });
    if (response.status !== 200)
      throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };
  const agentFor = (token: string) => request.agent(http).set('Authorization', `Bearer ${token}`);
  const adminToken = await login(TEST_ADMIN.email, TEST_ADMIN.password);
  const api = agentFor(adminToken);
  // Tests move the clock past a session's expiry (and back): sign the admin in again only then,
  // so that the login throttle is not spent on it.
  let adminSession = { agent: api, at: clock.now().getTime() };
  const adminAgent = async () => {
    const elapsed = clock.now().getTime() - adminSession.at;
    if (elapsed < 0 || elapsed > 6 * 3600_000) {
      adminSession = {
        agent: agentFor(await login(TEST_ADMIN.email, TEST_ADMIN.password)),
        at: clock.now().getTime(),
      };
    }
    return adminSession.agent;
  };

  return {
    app,
    http,
    clock,
    database,
    sql: async (text, params = []) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    api,
    adminToken,
    as: async (email, password) => agentFor(await login(email, password)),
    newUser: async (role, organization = { name: `Ville ${++userSequence}-${process.pid}` }) => {
      let organizationId: string;
      const admin = await adminAgent();
      if ('id' in organization) organizationId = organization.id;
      else {
        const created = await admin
          .post('/api/admin/organizations')
          .send({ country: 'FR', timezone: 'Europe/Paris', ...organization })
          .expect(201);
        organizationId = created.body.id;
      }
      userSequence += 1;
      const email = `${role}-${userSequence}-${process.pid}@ville.test`;
      const password = `password of ${email}`;
      const user = await admin
        .post('/api/admin/users')
        .send({ email, name: `Agent ${userSequence}`, password, organizationId, role, language: 'fr' })
        .expect(201);
      const token = await login(email, password);
      return { agent: agentFor(token), token, userId: user.body.id, organizationId, email };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
