import { INestApplication } from '@nestjs/common';
import { IssueSetupLinkUseCase, SETUP_LINK_TTL_HOURS } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { FixedClock } from '@passerelle/domain';
import { createTestDatabase, TestDatabase } from '@passerelle/testing';
import { tmpdir } from 'node:os';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap/create-app';

/** The first start: no admin, no ADMIN_*: `npm start` prints a setup link (apps/api/src/main.ts). */
describe('first start: the setup link creates the first admin', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;
  const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

  const tokenOf = (url: string) => new URL(url).searchParams.get('token') as string;
  const issue = async () => {
    const link = await app.get(IssueSetupLinkUseCase).execute();
    if (!link) throw new Error('no setup link issued');
    return link;
  };
  const admin = (token: string, email = 'claire.martin@ville.fr') => ({
    token,
    email,
    name: 'Claire Martin',
    password: 'une longue phrase de passe',
  });
  const admins = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT email FROM users WHERE role = 'admin' ORDER BY email`)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SCHEDULER: 'off',
      DATA_DIR: `${tmpdir()}/passerelle-setup-${process.pid}`,
      PORT: '3999',
    });
    app = await createApp({ config, databaseUrl: database.url, clock });
    await app.init();
    http = app.getHttpServer();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is refused once expired, and says so before anyone types', async () => {
    const link = await issue();
    expect(link.url).toMatch(/^http:\/\/localhost:3999\/setup\?token=stp_[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - clock.now().getTime()).toBe(SETUP_LINK_TTL_HOURS * 3600_000);
    clock.set(new Date(link.expiresAt.getTime() + 1000));
    const status = await request(http)
      .get('/api/setup')
      .query({ token: tokenOf(link.url) });
    expect(status.body).toEqual({ usable: false, adminExists: false });
    const response = await request(http)
      .post('/api/setup')
      .send(admin(tokenOf(link.url)));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('token');
    expect(await admins()).toEqual([]);
    clock.set(new Date('2026-12-01T09:00:00Z'));
  });

  it('names the bad field and writes nothing', async () => {
    const link = await issue();
    const short = await request(http)
      .post('/api/setup')
      .send({ ...admin(tokenOf(link.url)), password: 'short' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('password');
    const email = await request(http)
      .post('/api/setup')
      .send({ ...admin(tokenOf(link.url)), email: 'nope' });
    expect(email.status).toBe(400);
    expect(JSON.stringify(email.body)).toContain('email');
    const unknown = await request(http).post('/api/setup').send(admin('stp_not-a-token-printed-anywhere'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('token');
    expect(await admins()).toEqual([]);
    // The link survived the refused attempts.
    expect(
      (
        await request(http)
          .get('/api/setup')
          .query({ token: tokenOf(link.url) })
      ).body.usable,
    ).toBe(true);
  });

  it('creates the first admin once, who then signs in; the link is dead, and so is every other', async () => {
    const link = await issue();
    const other = await issue();
    expect(
      (
        await request(http)
          .get('/api/setup')
          .query({ token: tokenOf(link.url) })
      ).body,
    ).toEqual({
      usable: true,
      adminExists: false,
    });
    const created = await request(http)
      .post('/api/setup')
      .send({ ...admin(tokenOf(link.url)), email: 'Claire.Martin@Ville.fr' });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'claire.martin@ville.fr',
      role: 'admin',
      organizationId: null,
    });
    expect(created.body.user.passwordHash).toBeUndefined();

    const again = await request(http)
      .post('/api/setup')
      .send(admin(tokenOf(link.url), 'second@ville.fr'));
    expect(again.status).toBe(409);
    const sibling = await request(http)
      .post('/api/setup')
      .send(admin(tokenOf(other.url), 'second@ville.fr'));
    expect(sibling.status).toBe(409);
    expect(sibling.body.field).toBe('token');
    expect(
      (
        await request(http)
          .get('/api/setup')
          .query({ token: tokenOf(other.url) })
      ).body,
    ).toEqual({
      usable: false,
      adminExists: true,
    });
    expect((await admins()).map((user: { email: string }) => user.email)).toEqual(['claire.martin@ville.fr']);

    const login = await request(http)
      .post('/api/auth/login')
      .send({ email: 'claire.martin@ville.fr', password: 'une longue phrase de passe' });
    expect(login.status).toBe(200);
    const me = await request(http).get('/api/me').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(me.body.role).toBe('admin');

    // Once an admin exists, a start prints no link at all.
    expect(await app.get(IssueSetupLinkUseCase).execute()).toBeNull();
  });

  it('is documented in the OpenAPI document', async () => {
    const document = (await request(http).get('/api/docs/openapi.json')).body;
    expect(Object.keys(document.paths['/api/setup']).sort()).toEqual(['get', 'post']);
  });
});

describe('first start: two attempts at once', () => {
  it('creates one admin only', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SCHEDULER: 'off',
      DATA_DIR: `${tmpdir()}/passerelle-setup-${process.pid}`,
    });
    const app = await createApp({ config, databaseUrl: database.url });
    await app.init();
    try {
      const links = await Promise.all([1, 2, 3].map(() => app.get(IssueSetupLinkUseCase).execute()));
      const answers = await Promise.all(
        links.map((link, index) =>
          request(app.getHttpServer())
            .post('/api/setup')
            .send({
              token: new URL(link!.url).searchParams.get('token'),
              email: `admin${index}@ville.fr`,
              name: `Admin ${index}`,
              password: 'une longue phrase de passe',
            }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
