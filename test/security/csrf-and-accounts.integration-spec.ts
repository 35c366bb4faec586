import { AddressInfo } from 'node:net';
import { AccountMailQueue } from '@passerelle/application';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import request from 'supertest';
import { closeFingerprint, databaseFingerprint } from './support/database-fingerprint';

type User = Awaited<ReturnType<TestApp['newUser']>>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('cross-site requests with the session cookie', () => {
  let t: TestApp;
  let officer: User;
  let cookie: string;
  let own: string;
  let conventionId: string;
  let minutesId: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    officer = await t.newUser('officer', { name: 'Antony', country: 'FR' });
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: officer.email, password: `password of ${officer.email}` })
      .expect(200);
    cookie = String(login.headers['set-cookie']).split(';')[0];
    if (!t.http.listening) await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
    own = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
    const doc = aConvention();
    doc.parties[0] = { ...doc.parties[0], organizationId: officer.organizationId };
    doc.clauses.committee = { minMeetingsPerYear: 1 };
    conventionId = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body.id;
    const meeting = await officer.agent
      .post(`/api/conventions/${conventionId}/meetings`)
      .send({ heldOn: '2026-06-10', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    minutesId = (
      await officer.agent.post(`/api/meetings/${meeting.body.id}/minutes`).send({ text: 'PV' }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await closeFingerprint(t);
    await t.close();
  });

  const agent = () => request(own);
  /** The attacks of the report, each as a browser on another site would send it. */
  const attacks: Array<[string, (headers: Record<string, string>) => request.Test]> = [
    [
      'text/plain POST marking a deadline done',
      (headers) =>
        agent()
          .post(`/api/conventions/${conventionId}/deadlines/action_plan/2025-12-31/done`)
          .set(headers)
          .set('Content-Type', 'text/plain')
          .send('{"doneOn":"2025-12-15"}'),
    ],
    [
      'form POST rotating the feed token',
      (headers) => agent().post('/api/me/calendar-token').set(headers).type('form').send('x=1'),
    ],
    [
      'multipart upload of a PDF',
      (headers) =>
        agent()
          .post(`/api/conventions/${conventionId}/documents`)
          .set(headers)
          .field('kind', 'other')
          .attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' }),
    ],
    [
      'circulating minutes',
      (headers) => agent().post(`/api/minutes/${minutesId}/circulate`).set(headers).send({}),
    ],
    ['logout', (headers) => agent().post('/api/auth/logout').set(headers)],
    ['PATCH of the profile', (headers) => agent().patch('/api/me').set(headers).send({ name: 'Pirate' })],
    [
      'PUT of the notes',
      (headers) => agent().put(`/api/conventions/${conventionId}/notes`).set(headers).send({ text: 'x' }),
    ],
    [
      'DELETE of the convention',
      (headers) => agent().delete(`/api/conventions/${conventionId}`).set(headers),
    ],
  ];

  it.each([
    ['a foreign Origin', { Origin: 'http://evil.test' }],
    ['a sibling subdomain', { Origin: 'https://evil.passerelle.example' }],
    ['Origin null', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['the custom header but a foreign Origin', { Origin: 'http://evil.test', 'X-Passerelle-Request': '1' }],
    ['the app’s Origin without the custom header', {}],
  ])('refuses every state-changing method from %s, writing nothing', async (_name, forged) => {
    for (const [attack, send] of attacks) {
      const headers: Record<string, string> = { Cookie: cookie, ...forged };
      if (_name.includes('without the custom header')) headers.Origin = own;
      const before = await databaseFingerprint(t);
      const response = await send(headers);
      expect([attack, response.status]).toEqual([attack, 403]);
      expect(response.body.message).toMatch(/^csrf: /);
      expect(await databaseFingerprint(t)).toBe(before);
    }
    // The session survived the forged logout.
    await agent().get('/api/me').set('Cookie', cookie).expect(200);
  });

  it('lets the web app (own Origin, custom header) and bearer clients (any Origin) write', async () => {
    const app = { Cookie: cookie, Origin: own, 'X-Passerelle-Request': '1' };
    await agent().patch('/api/me').set(app).send({ name: 'Agente' }).expect(200);
    await agent()
      .post('/api/me/calendar-token')
      .set({ ...app, 'Sec-Fetch-Site': 'same-origin' })
      .expect(201);
    await agent()
      .post(`/api/conventions/${conventionId}/documents`)
      .set(app)
      .field('kind', 'other')
      .attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })
      .expect(201);
    // A bearer token is never sent by a browser on its own: no CSRF to fear, Origin or not.
    await agent()
      .patch('/api/me')
      .set({ Authorization: `Bearer ${officer.token}`, Origin: 'http://evil.test' })
      .send({ name: 'Agente API' })
      .expect(200);
    // Reading is never refused, and a sign-in from the app's own page works.
    await agent().get('/api/me').set({ Cookie: cookie, Origin: 'http://evil.test' }).expect(200);
    await agent()
      .post('/api/auth/login')
      .set({ Origin: own })
      .send({ email: officer.email, password: `password of ${officer.email}` })
      .expect(200);
    await agent()
      .post('/api/auth/login')
      .set({ Origin: 'http://evil.test' })
      .send({ email: officer.email, password: `password of ${officer.email}` })
      .expect(403);
  });
});

describe('account routes: throttles, TRUST_PROXY, password reset, API documentation', () => {
  let t: TestApp;
  let proxied: TestApp;
  let known: User;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    // SMTP down (nothing listens on port 9), X-Forwarded-For believed from loopback, docs behind sign-in.
    proxied = await startTestApp({
      now: '2026-11-22T09:00:00Z',
      env: { SMTP_URL: 'smtp://127.0.0.1:9', TRUST_PROXY: 'loopback', API_DOCS: 'signed_in' },
    });
    known = await proxied.newUser('officer', { name: 'Dijon', country: 'FR' });
  });
  afterAll(async () => {
    await t.close();
    await proxied.close();
  });

  const later = (app: TestApp, seconds: number) =>
    app.clock.set(new Date(app.clock.now().getTime() + seconds * 1000));

  it('throttles 30 e-mails from one address, whatever X-Forwarded-For says without TRUST_PROXY', async () => {
    later(t, 3600);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${attempt}`)
        .send({ email: `inconnu-${attempt}@ville.test`, password: 'wrong password' });
      statuses.push(response.status);
      retryAfter ??= response.headers['retry-after'];
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    // The window passes: the address may try again.
    later(t, Number(retryAfter));
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'x@ville.test', password: 'wrong password' })
      .expect(401);
  });

  it('throttles one account tried from 30 client addresses (behind a trusted proxy)', async () => {
    later(proxied, 3600);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await request(proxied.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', `198.51.100.${attempt}`)
        .send({ email: known.email, password: `wrong ${attempt}` });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    // Successful sign-ins are given back: an office signing in all morning is never locked out.
    later(proxied, 120);
    for (let signIn = 0; signIn < 12; signIn += 1) {
      await request(proxied.http)
        .post('/api/auth/login')
        .send({ email: known.email, password: `password of ${known.email}` })
        .expect(200);
    }
  });

  it('caps reset requests in all, from any number of addresses and accounts', async () => {
    later(proxied, 3600);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 205; attempt += 1) {
      const response = await request(proxied.http)
        .post('/api/auth/password-reset')
        .set('X-Forwarded-For', `192.0.2.${attempt % 250}`)
        .send({ email: `personne-${attempt}@ville.test` });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 200)).toEqual(Array(200).fill(202));
    expect(statuses.slice(200)).toEqual(Array(5).fill(429));
    await proxied.app.get(AccountMailQueue).drained();
    later(proxied, 61);
  });

  it('answers a reset request identically for known and unknown addresses, SMTP down', async () => {
    later(proxied, 3600);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const timings = { known: [] as number[], unknown: [] as number[] };
    const bodies = new Set<string>();
    for (let round = 0; round < 24; round += 1) {
      for (const kind of ['known', 'unknown'] as const) {
        later(proxied, 3600); // past the per-account window: every request is answered, not throttled
        const started = process.hrtime.bigint();
        const response = await request(proxied.http)
          .post('/api/auth/password-reset')
          .set('X-Forwarded-For', `100.64.${round}.${kind === 'known' ? 1 : 2}`)
          .send({ email: kind === 'known' ? known.email : `absent-${round}@ville.test` });
        timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
        const { date: _date, ...headers } = response.headers;
        bodies.add(
          JSON.stringify([
            response.status,
            response.body,
            headers['content-length'],
            headers['cache-control'],
          ]),
        );
      }
    }
    // One answer, byte for byte, whoever asks and whatever SMTP does.
    expect([...bodies]).toEqual([JSON.stringify([202, { status: 'sent_if_known' }, '26', 'no-store'])]);
    // Nothing is looked up or sent before the answer: the medians differ by noise only (was 8.0 against 3.8 ms).
    const gap = Math.abs(median(timings.known) - median(timings.unknown));
    expect(gap).toBeLessThan(Math.max(2, 0.25 * median(timings.unknown)));
    // The failed sends are the queue's business: logged, never an error to the client.
    await proxied.app.get(AccountMailQueue).drained();
    const tokens = await proxied.sql(
      `SELECT count(*)::int AS n FROM one_time_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
      [known.email],
    );
    expect(tokens[0].n).toBeGreaterThan(0);
  });

  it('serves the OpenAPI document and UI only to signed-in users when API_DOCS=signed_in', async () => {
    await request(proxied.http).get('/api/docs/openapi.json').expect(401);
    await request(proxied.http).get('/api/docs').expect(401);
    // (The clock has moved on: a fresh sign-in.)
    const login = await request(proxied.http)
      .post('/api/auth/login')
      .send({ email: known.email, password: `password of ${known.email}` })
      .expect(200);
    const document = await request(proxied.http)
      .get('/api/docs/openapi.json')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(document.body.paths['/api/conventions']).toBeDefined();
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const ui = await request(proxied.http).get('/api/docs/').set('Cookie', cookie).expect(200);
    expect(ui.text).toContain('swagger');
    // Public where configured so (development's default).
    await request(t.http).get('/api/docs/openapi.json').expect(200);
  });
});
