import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { AccountMailQueue } from '@passerelle/application';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['newUser']>>['agent'];

/** Routes reachable without a session; any other public route fails the walk below. */
const PUBLIC_ROUTES = new Set([
  'GET /health',
  'POST /api/auth/login',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/invitation/accept',
  'GET /api/setup',
  'POST /api/setup',
]);

describe('security: authentication, roles and partner-scoped access', () => {
  let t: TestApp;
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-security-'));
  let antony: Awaited<ReturnType<TestApp['newUser']>>;
  let antonyViewer: Awaited<ReturnType<TestApp['newUser']>>;
  let dijon: Awaited<ReturnType<TestApp['newUser']>>;
  let antonyConvention: { id: string };
  let routes: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    t = await startTestApp({ env: { DATA_DIR: outbox } });
    antony = await t.newUser('officer', { name: 'Antony', country: 'FR', timezone: 'Europe/Paris' });
    antonyViewer = await t.newUser('viewer', { id: antony.organizationId });
    dijon = await t.newUser('officer', { name: 'Dijon', country: 'FR', timezone: 'Europe/Paris' });
    antonyConvention = (
      await antony.agent
        .post('/api/conventions')
        .send(
          aConvention({
            parties: [
              {
                name: 'Antony',
                country: 'FR',
                organizationId: antony.organizationId,
                deliberationOn: '2023-12-14',
              },
              { name: 'Taroudant', country: 'MA' },
            ],
            financialCommitments: [],
          }),
        )
        .expect(201)
    ).body;
    const openapi = await t.api.get('/api/docs/openapi.json').expect(200);
    routes = Object.entries(openapi.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([route, methods]) =>
        Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: route })),
    );
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(outbox, { recursive: true, force: true });
  });

  /** Every mail of the outbox, decoded (quoted-printable, encoded headers). */
  const readOutbox = async () =>
    Promise.all(
      fs.readdirSync(path.join(outbox, 'outbox')).map(async (file) => {
        const mail = await simpleParser(fs.readFileSync(path.join(outbox, 'outbox', file)));
        return { to: JSON.stringify(mail.to), subject: mail.subject ?? '', text: mail.text ?? '' };
      }),
    );
  const validBody = (method: string, route: string): object => {
    if (route.endsWith('/notes')) return { text: 'note' };
    if (route.endsWith('/waive')) return { reason: 'reporté' };
    if (route.endsWith('/follow')) return { following: false };
    if (route.endsWith('/reminder-policy')) return { leadDays: { action_plan: [30] } };
    if (route.endsWith('/lead-officer') || route.endsWith('/owner')) return { userId: null };
    return {};
  };
  const hasKnownBody = (route: string) =>
    ['/notes', '/waive', '/follow', '/reminder-policy', '/lead-officer', '/owner'].some((end) =>
      route.endsWith(end),
    );
  /** Personal settings, not writes to the convention: viewers may use them. */
  const PERSONAL_ROUTES = new Set(['POST /api/conventions/{id}/follow']);

  const concrete = (route: string, conventionId: string) =>
    route.replace('{id}', conventionId).replace('{kind}', 'action_plan').replace('{dueOn}', '2025-12-31');
  const call = (agent: Agent, method: string, url: string, body: object = {}) => {
    const verbs = agent as unknown as Record<string, (url: string) => request.Test>;
    return verbs[method.toLowerCase()](url).send(body);
  };

  it('walks every route of the OpenAPI document: without a session each is a 401, unless listed public', async () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const { method, path: route } of routes) {
      if (route.startsWith('/api/docs')) continue;
      const key = `${method} ${route}`;
      const response = await call(request(t.http), method, concrete(route, antonyConvention.id));
      if (PUBLIC_ROUTES.has(key)) expect([key, response.status]).not.toEqual([key, 401]);
      else expect([key, response.status]).toEqual([key, 401]);
    }
  });

  it('answers 404 on every convention route to an officer whose organization is not a party', async () => {
    const conventionRoutes = routes.filter((route) => route.path.startsWith('/api/conventions/{id}'));
    expect(conventionRoutes.length).toBeGreaterThan(8);
    for (const { method, path: route } of conventionRoutes) {
      const response = await call(
        dijon.agent,
        method,
        concrete(route, antonyConvention.id),
        validBody(method, route),
      );
      // A route whose body this walk does not know may refuse it first (400), which tells nothing:
      // test/security/openapi-fuzz.integration-spec.ts walks every route with fitting bodies too.
      const expected = response.status === 400 && !hasKnownBody(route) ? 400 : 404;
      expect([`${method} ${route}`, response.status]).toEqual([`${method} ${route}`, expected]);
      expect(JSON.stringify(response.body)).not.toContain('Antony');
    }
    const list = await dijon.agent.get('/api/conventions').expect(200);
    expect(list.body.total).toBe(0);
    const calendar = await dijon.agent
      .get('/api/calendar')
      .query({ from: '2025-01-01', to: '2027-12-31' })
      .expect(200);
    expect(calendar.body).toEqual([]);
  });

  it('lets the officers of a party read and write, and its viewers only read (403 on writes)', async () => {
    await antony.agent.get(`/api/conventions/${antonyConvention.id}`).expect(200);
    await antonyViewer.agent.get(`/api/conventions/${antonyConvention.id}`).expect(200);
    await antonyViewer.agent.get(`/api/conventions/${antonyConvention.id}/deadlines`).expect(200);
    const writes = routes.filter(
      (route) =>
        route.path.startsWith('/api/conventions') &&
        ['POST', 'PATCH', 'PUT', 'DELETE'].includes(route.method) &&
        !PERSONAL_ROUTES.has(`${route.method} ${route.path}`),
    );
    for (const { method, path: route } of writes) {
      const body =
        route === '/api/conventions'
          ? aConvention({
              parties: [
                { name: 'Antony', country: 'FR', organizationId: antony.organizationId },
                { name: 'X', country: 'MA' },
              ],
              financialCommitments: [],
            })
          : validBody(method, route);
      const response = await call(antonyViewer.agent, method, concrete(route, antonyConvention.id), body);
      const expected = response.status === 400 && !hasKnownBody(route) ? 400 : 403;
      expect([`${method} ${route}`, response.status]).toEqual([`${method} ${route}`, expected]);
    }
    await antonyViewer.agent
      .post(`/api/conventions/${antonyConvention.id}/follow`)
      .send({ following: false })
      .expect(200);
    for (const route of ['/api/admin/organizations', '/api/admin/users', '/api/admin/audit']) {
      await antony.agent.get(route).expect(403);
    }
  });

  it('refuses to let an officer create a convention for others or give theirs away', async () => {
    const foreign = await antony.agent
      .post('/api/conventions')
      .send(
        aConvention({
          parties: [
            { name: 'Dijon', country: 'FR', organizationId: dijon.organizationId },
            { name: 'Chefchaouen', country: 'MA' },
          ],
          financialCommitments: [],
        }),
      )
      .expect(403);
    expect(foreign.body.message).toContain('parties');
    const giveAway = await antony.agent
      .patch(`/api/conventions/${antonyConvention.id}`)
      .send({
        parties: [
          { name: 'Antony', country: 'FR' },
          { name: 'Taroudant', country: 'MA' },
        ],
      })
      .expect(403);
    expect(giveAway.body.message).toContain('parties');
  });

  it('ignores or refuses mass-assignment of role and organization', async () => {
    const me = await antony.agent
      .patch('/api/me')
      .send({ role: 'admin', organizationId: dijon.organizationId })
      .expect(400);
    expect(me.body.message).toMatch(/role|organizationId/);
    const after = await antony.agent.get('/api/me').expect(200);
    expect(after.body).toMatchObject({ role: 'officer', organizationId: antony.organizationId });
    await antony.agent
      .post('/api/conventions')
      .send({ ...aConvention(), organizationId: antony.organizationId })
      .expect(400);
  });

  it('refuses tampered, expired, revoked and logged-out tokens', async () => {
    const bearer = (token: string) =>
      request(t.http).get('/api/conventions').set('Authorization', `Bearer ${token}`);
    await bearer(antony.token).expect(200);
    await bearer(`${antony.token.slice(0, -2)}xy`).expect(401);
    await bearer('pas_forged').expect(401);
    await bearer('').expect(401);

    const session = await t.newUser('officer', { id: antony.organizationId });
    t.clock.set(new Date(t.clock.now().getTime() + 13 * 3600_000));
    await bearer(session.token).expect(401);
    t.clock.set(new Date(t.clock.now().getTime() - 13 * 3600_000));

    const another = await t.newUser('officer', { id: antony.organizationId });
    await bearer(another.token).expect(200);
    await request(t.http)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${another.token}`)
      .expect(204);
    await bearer(another.token).expect(401);
  });

  it('signs the web UI in with an httpOnly, SameSite cookie', async () => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: antony.email, password: `password of ${antony.email}` })
      .expect(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/passerelle_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    await request(t.http).get('/api/me').set('Cookie', cookie.split(';')[0]).expect(200);
  });

  it('throttles wrong passwords', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ email: dijon.email, password: `wrong ${attempt}` });
      statuses.push(response.status);
    }
    // Ten attempts a minute per address and e-mail (the sign-in that made this user counts as one).
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
    const blocked = await request(t.http)
      .post('/api/auth/login')
      .send({ email: dijon.email, password: `password of ${dijon.email}` });
    expect(blocked.status).toBe(429);
  });

  it('sends security headers and no CORS grant to a foreign origin', async () => {
    const response = await request(t.http).get('/health').set('Origin', 'https://evil.example').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps an organization’s internal notes to itself', async () => {
    const shared = await antony.agent
      .post('/api/conventions')
      .send(
        aConvention({
          parties: [
            { name: 'Antony', country: 'FR', organizationId: antony.organizationId },
            { name: 'Dijon', country: 'FR', organizationId: dijon.organizationId },
          ],
          financialCommitments: [],
        }),
      )
      .expect(201);
    // Dijon is named by Antony's officer: it sees the convention once it has accepted the link.
    const asked = await dijon.agent.get('/api/party-links').query({ status: 'pending' }).expect(200);
    const link = asked.body.incoming.find(
      (entry: { conventionId: string }) => entry.conventionId === shared.body.id,
    );
    await dijon.agent.post(`/api/party-links/${link.id}/accept`).expect(200);
    await antony.agent
      .put(`/api/conventions/${shared.body.id}/notes`)
      .send({ text: 'Relancer Dijon sur le budget' })
      .expect(200);
    expect((await antony.agent.get(`/api/conventions/${shared.body.id}/notes`).expect(200)).body.text).toBe(
      'Relancer Dijon sur le budget',
    );
    expect((await dijon.agent.get(`/api/conventions/${shared.body.id}/notes`).expect(200)).body.text).toBe(
      '',
    );
    const history = await dijon.agent.get(`/api/conventions/${shared.body.id}/history`).expect(200);
    expect(JSON.stringify(history.body)).not.toContain('Relancer');
  });

  it('audits every write with who, when, before and after', async () => {
    await antony.agent
      .patch(`/api/conventions/${antonyConvention.id}`)
      .send({ title: 'Convention Antony – Taroudant (modifiée)' })
      .expect(200);
    const history = await antony.agent.get(`/api/conventions/${antonyConvention.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({
      actor: antony.email,
      action: 'update',
      entity: 'convention',
      before: expect.objectContaining({ title: expect.not.stringContaining('modifiée') }),
      after: expect.objectContaining({ title: 'Convention Antony – Taroudant (modifiée)' }),
    });
    expect(history.body.at(-1)).toMatchObject({ action: 'create', actor: antony.email });
    const platform = await t.api.get('/api/admin/audit').query({ entity: 'user' }).expect(200);
    expect(platform.body.length).toBeGreaterThanOrEqual(3);
  });

  it('invites by a single-use, expiring e-mail link', async () => {
    const invited = await t.api
      .post('/api/admin/users')
      .send({
        email: 'nouvelle@antony.test',
        name: 'Nouvelle Agente',
        organizationId: antony.organizationId,
        role: 'officer',
        language: 'fr',
      })
      .expect(201);
    expect(invited.body).not.toHaveProperty('passwordHash');
    const mail = (await readOutbox()).find((candidate) => candidate.to.includes('nouvelle@antony.test'));
    expect(mail?.subject).toBe('Invitation à Passerelle');
    const token = /invitation\?token=([A-Za-z0-9_%-]+)/.exec(mail?.text ?? '')?.[1] as string;
    expect(token).toBeTruthy();
    await request(t.http)
      .post('/api/auth/invitation/accept')
      .send({ token: decodeURIComponent(token), password: 'short' })
      .expect(400);
    await request(t.http)
      .post('/api/auth/invitation/accept')
      .send({ token: decodeURIComponent(token), password: 'un mot de passe solide' })
      .expect(204);
    await request(t.http)
      .post('/api/auth/invitation/accept')
      .send({ token: decodeURIComponent(token), password: 'un autre mot de passe' })
      .expect(400);
    await t.as('nouvelle@antony.test', 'un mot de passe solide');
  });

  it('resets a password by a single-use link that expires, without telling who exists', async () => {
    await request(t.http).post('/api/auth/password-reset').send({ email: 'nobody@nowhere.test' }).expect(202);
    await request(t.http).post('/api/auth/password-reset').send({ email: antonyViewer.email }).expect(202);
    // The link is written and sent after the answer, from the queue.
    await t.app.get(AccountMailQueue).drained();
    const mails = await readOutbox();
    expect(mails.some((mail) => mail.to.includes('nobody@nowhere.test'))).toBe(false);
    const mail = mails.find(
      (candidate) => candidate.to.includes(antonyViewer.email) && candidate.text.includes('reset-password'),
    );
    expect(mail?.subject).toBe('Réinitialisation de votre mot de passe Passerelle');
    const token = decodeURIComponent(
      /reset-password\?token=([A-Za-z0-9_%-]+)/.exec(mail?.text ?? '')?.[1] as string,
    );
    t.clock.set(new Date(t.clock.now().getTime() + 3 * 3600_000));
    await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'nouveau mot de passe long' })
      .expect(400);
    t.clock.set(new Date(t.clock.now().getTime() - 3 * 3600_000));

    await request(t.http).post('/api/auth/password-reset').send({ email: antonyViewer.email }).expect(202);
    await t.app.get(AccountMailQueue).drained();
    const fresh = (await readOutbox()).filter((candidate) => candidate.to.includes(antonyViewer.email));
    const tokens = fresh.map((candidate) =>
      decodeURIComponent(/reset-password\?token=([A-Za-z0-9_%-]+)/.exec(candidate.text)?.[1] ?? ''),
    );
    const newest = tokens.find((candidate) => candidate !== token) as string;
    await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token: newest, password: 'nouveau mot de passe long' })
      .expect(204);
    // The old password and every open session stop working.
    await request(t.http).get('/api/me').set('Authorization', `Bearer ${antonyViewer.token}`).expect(401);
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: antonyViewer.email, password: 'nouveau mot de passe long' })
      .expect(200);
    await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token: newest, password: 'encore un autre mot de passe' })
      .expect(400);
  });

  it('issues revocable calendar-feed tokens', async () => {
    const first = await antony.agent.post('/api/me/calendar-token').expect(201);
    expect(first.body.url).toContain('/api/calendar.ics?token=');
    const second = await antony.agent.post('/api/me/calendar-token').expect(201);
    expect(second.body.token).not.toBe(first.body.token);
  });
});

describe('the iCalendar feed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  it('serves every deadline the user may see once, with UIDs stable across regenerations, and stops with the token', async () => {
    const ical = await import('node-ical');
    const officer = await t.newUser('officer', {
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    const stranger = await t.newUser('officer', { name: 'Dijon', country: 'FR', timezone: 'Europe/Paris' });
    const mine = await officer.agent
      .post('/api/conventions')
      .send(
        aConvention({
          parties: [
            { name: 'Villeneuve-la-Garenne', country: 'FR', organizationId: officer.organizationId },
            { name: 'Tiznit', country: 'MA' },
          ],
          financialCommitments: [],
        }),
      )
      .expect(201);
    await stranger.agent
      .post('/api/conventions')
      .send(
        aConvention({
          parties: [
            { name: 'Dijon', country: 'FR', organizationId: stranger.organizationId },
            { name: 'Chefchaouen', country: 'MA' },
          ],
          financialCommitments: [],
        }),
      )
      .expect(201);
    const { token } = (await officer.agent.post('/api/me/calendar-token').expect(201)).body;

    const first = await request(t.http).get('/api/calendar.ics').query({ token }).expect(200);
    expect(first.headers['content-type']).toContain('text/calendar');
    const events = Object.values(ical.sync.parseICS(first.text)).filter(
      (entry) => entry?.type === 'VEVENT',
    ) as Array<{ uid: string; start: Date; summary: string; description: string }>;
    const expected = (await officer.agent.get('/api/calendar').expect(200)).body as Array<{
      dueOn: string;
      conventionId: string;
    }>;
    expect(expected.length).toBeGreaterThan(3);
    // Besides the convention's own, the organization's APD declaration (CONTRACT §7) is in its calendar.
    const ofConventions = expected.filter((item) => (item as { kind?: string }).kind !== 'apd_declaration');
    expect(ofConventions.every((item) => item.conventionId === mine.body.id)).toBe(true);
    expect(events).toHaveLength(expected.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    const notice = events.find((event) => event.summary.startsWith('Préavis'));
    expect(notice?.description).toContain('préavis de trois mois');
    expect(notice?.description).toContain(`/conventions/${mine.body.id}`);
    expect(first.text).toContain('DTSTART;VALUE=DATE:20281002');

    const second = await request(t.http).get('/api/calendar.ics').query({ token }).expect(200);
    const uids = (text: string) => (text.match(/^UID:.*$/gm) ?? []).sort();
    expect(uids(second.text)).toEqual(uids(first.text));
    // Unchanged deadlines give the same feed, byte for byte: a client that polls with its ETag gets a 304.
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    await request(t.http)
      .get('/api/calendar.ics')
      .query({ token })
      .set('If-None-Match', first.headers.etag)
      .expect(304);

    // A changed notice moves the event; its UID stays.
    const before = uids(first.text).find((uid) => uid.includes('.renewal_notice.term-1'));
    await officer.agent
      .patch(`/api/conventions/${mine.body.id}`)
      .send({ clauses: { termination: { anyTime: true, noticeMonths: 6 } } })
      .expect(200);
    const moved = await request(t.http).get('/api/calendar.ics').query({ token }).expect(200);
    expect(uids(moved.text)).toContain(before);
    expect(moved.text).toContain('DTSTART;VALUE=DATE:20280702');
    expect(moved.text).not.toContain('DTSTART;VALUE=DATE:20281002');
    expect(moved.headers.etag).not.toBe(first.headers.etag);

    await request(t.http).get('/api/calendar.ics').query({ token: 'cal_forged' }).expect(401);
    await officer.agent.post('/api/me/calendar-token').expect(201);
    await request(t.http).get('/api/calendar.ics').query({ token }).expect(401);
  });
});
