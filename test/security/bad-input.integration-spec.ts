import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import request from 'supertest';
import { closeFingerprint, databaseFingerprint } from './support/database-fingerprint';

type User = Awaited<ReturnType<TestApp['newUser']>>;

/** Each finding of issue 13's bad-input walk, as it was reported: a 400 naming the field, nothing written. */
describe('bad input is a 4xx naming the field, never a 500', () => {
  let t: TestApp;
  let officer: User;
  let conventionId: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    officer = await t.newUser('officer', { name: 'Villeneuve-la-Garenne', country: 'FR' });
    const doc = aConvention();
    doc.parties[0] = { ...doc.parties[0], organizationId: officer.organizationId };
    doc.clauses.committee = {
      name: 'Comité de pilotage',
      minMeetingsPerYear: 1,
      decisionRule: 'unanimity',
      minutesSignatories: ['Maire de Villeneuve-la-Garenne'],
    };
    conventionId = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body.id;
    meetingId = (
      await officer.agent
        .post(`/api/conventions/${conventionId}/meetings`)
        .send({ heldOn: '2026-06-10', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await closeFingerprint(t);
    await t.close();
  });

  /** Sends, expects a 400 whose fields (or field) name `field`, and checks that nothing changed. */
  async function refused(
    send: () => request.Test,
    field: string,
  ): Promise<{ message: string; fields?: Array<{ field: string }> }> {
    const before = await databaseFingerprint(t);
    const response = await send();
    expect([response.status, response.body]).toEqual([400, expect.anything()]);
    const named = [
      response.body.field,
      ...(response.body.fields ?? []).map((f: { field: string }) => f.field),
    ];
    expect(named).toContain(field);
    expect(response.body.message).toContain(field);
    expect(await databaseFingerprint(t)).toBe(before);
    return response.body;
  }

  it('refuses JSON nested 5,000 levels deep quickly, before parsing it', async () => {
    const deep = `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const started = Date.now();
    await refused(
      () =>
        officer.agent
          .patch(`/api/conventions/${conventionId}`)
          .set('Content-Type', 'application/json')
          .send(deep),
      'body',
    );
    // A whole megabyte of brackets: parsing it alone took seconds.
    const huge = '['.repeat(1_000_000);
    await refused(
      () => officer.agent.post('/api/conventions').set('Content-Type', 'application/json').send(huge),
      'body',
    );
    expect(Date.now() - started).toBeLessThan(3000);
    // Nesting inside strings is text, not depth.
    await officer.agent
      .put(`/api/conventions/${conventionId}/notes`)
      .send({ text: '['.repeat(5000) })
      .expect(200);
  });

  it('refuses a NUL or another control character in any string, body or query', async () => {
    const doc = aConvention({ title: 'Convention\u0000 piégée' });
    doc.parties[0] = { ...doc.parties[0], organizationId: officer.organizationId };
    await refused(() => officer.agent.post('/api/conventions').send(doc), 'title');
    const party = aConvention();
    party.parties[0] = { ...party.parties[0], organizationId: officer.organizationId };
    party.parties[1] = { ...party.parties[1], name: 'Tiz\u0007nit' };
    await refused(() => officer.agent.post('/api/conventions').send(party), 'parties[1].name');
    await refused(
      () => officer.agent.post(`/api/meetings/${meetingId}/minutes`).send({ text: 'PV\u0000' }),
      'text',
    );
    await refused(() => officer.agent.get('/api/conventions').query({ q: 'a\u0000b' }), 'q');
    await refused(() => t.api.get('/api/admin/audit').query({ entity: '\u0000' }), 'entity');
    await refused(() => t.api.get('/api/admin/audit').query({ actor: 'x\u001b' }), 'actor');
    // Tabs and line breaks are text.
    await officer.agent
      .post(`/api/meetings/${meetingId}/minutes`)
      .send({ text: 'Ordre du jour :\n\t1. eau\r\n' })
      .expect(201);
  });

  it('refuses an array where a nested object is expected', async () => {
    const parties = aConvention();
    (parties as unknown as { parties: unknown[] }).parties = [
      { ...parties.parties[0], organizationId: officer.organizationId },
      [parties.parties[1]],
    ];
    await refused(() => officer.agent.post('/api/conventions').send(parties), 'parties[1]');
    const commitments = aConvention();
    commitments.parties[0] = { ...commitments.parties[0], organizationId: officer.organizationId };
    (commitments as unknown as { financialCommitments: unknown[] }).financialCommitments = [[1]];
    await refused(() => officer.agent.post('/api/conventions').send(commitments), 'financialCommitments[0]');
    await refused(
      () =>
        officer.agent
          .post(`/api/meetings/${meetingId}/decisions`)
          .send({ subject: 'Budget', votes: [[{ party: 'Tiznit', vote: 'for' }]] }),
      'votes[0]',
    );
    await refused(
      () =>
        officer.agent.post(`/api/conventions/${conventionId}/meetings`).send({
          heldOn: '2026-07-01',
          city: 'Tiznit',
          country: 'MA',
          hostParty: 'Tiznit',
          agenda: [['Budget']],
        }),
      'agenda[0]',
    );
    await refused(
      () =>
        officer.agent.post(`/api/conventions/${conventionId}/meetings`).send({
          heldOn: '2026-07-02',
          city: 'Tiznit',
          country: 'MA',
          hostParty: 'Tiznit',
          attendees: [[{ party: 'Tiznit', name: 'M. Ghazi' }]],
        }),
      'attendees[0]',
    );
    await refused(
      () =>
        officer.agent.post(`/api/meetings/${meetingId}/action-plans`).send({
          year: 2027,
          items: [[{ axis: 'Eau', action: 'Forage', leadParty: 'Tiznit', status: 'planned' }]],
        }),
      'items[0]',
    );
    await refused(
      () =>
        officer.agent
          .post(`/api/meetings/${meetingId}/evaluations`)
          .send({ period: [{ from: '2026-01-01', to: '2026-06-30' }], findings: 'Bien' }),
      'period',
    );
    await refused(
      () =>
        officer.agent.post(`/api/conventions/${conventionId}/renewal-decisions`).send({
          kind: 'non_renewal',
          decidedOn: '2026-11-01',
          deliberations: [[{ party: 'Tiznit', on: '2026-10-01' }]],
        }),
      'deliberations[0]',
    );
  });

  it('refuses null for a field that is not nullable, and keeps null where it means "none"', async () => {
    await refused(
      () => officer.agent.patch(`/api/conventions/${conventionId}`).send({ title: null }),
      'title',
    );
    await refused(
      () =>
        t.api.post('/api/admin/users').send({
          email: 'null-language@ville.test',
          name: 'Nulle',
          password: 'un mot de passe assez long',
          organizationId: officer.organizationId,
          role: 'officer',
          language: null,
        }),
      'language',
    );
    await refused(() => officer.agent.patch('/api/me').send({ language: null }), 'language');
    // Nullable fields keep their meaning: no termination date, a clause removed.
    await officer.agent
      .patch(`/api/conventions/${conventionId}`)
      .send({ terminatedOn: null, clauses: { evaluation: null } })
      .expect(200);
  });

  it('refuses an amount or a rate written in exponent form (the fuzz’s 500 on payments), naming it', async () => {
    const payment = { party: 'Villeneuve-la-Garenne', currency: 'EUR', paidOn: '2026-03-15', kind: 'cash' };
    const url = `/api/conventions/${conventionId}/payments`;
    await refused(() => officer.agent.post(url).send({ ...payment, amount: 3e-323 }), 'amount');
    await refused(
      () => officer.agent.post(url).send({ ...payment, amount: 100, currency: 'MAD', exchangeRate: 5e-324 }),
      'exchangeRate',
    );
    await refused(
      () =>
        officer.agent.post(`/api/conventions/${conventionId}/projects`).send({
          title: 'Projet',
          status: 'planned',
          budgetLines: [{ role: 'contribution', amount: 3e-323 }],
        }),
      'budgetLines[0].amount',
    );
  });

  it('refuses an imprecise date whose value does not match its precision (the fuzz’s 500 on history events)', async () => {
    const url = `/api/conventions/${conventionId}/history-events`;
    const event = (value: string, precision: string) => ({
      kind: 'signed',
      date: { value, precision },
      words: 'Signée',
    });
    await refused(() => officer.agent.post(url).send(event('2007-autumn', 'day')), 'date.value');
    await refused(() => officer.agent.post(url).send(event('2007-02-30', 'day')), 'date.value');
    await refused(() => officer.agent.post(url).send(event('2007-02', 'season')), 'date.value');
    await refused(
      () =>
        officer.agent.post(`/api/conventions/${conventionId}/projects`).send({
          title: 'Projet',
          status: 'planned',
          startsOn: { value: '2007', precision: 'month' },
        }),
      'startsOn.value',
    );
    await officer.agent.post(url).send(event('2007-autumn', 'season')).expect(201);
  });

  it('bounds numeric query parameters', async () => {
    await refused(
      () => officer.agent.get('/api/conventions').query({ page: '99999999999999999999' }),
      'page',
    );
    await refused(() => officer.agent.get('/api/conventions').query({ pageSize: '1e400' }), 'pageSize');
    await refused(
      () => officer.agent.get('/api/dashboard').query({ limit: '99999999999999999999' }),
      'limit',
    );
    const last = await officer.agent.get('/api/conventions').query({ page: 1_000_000 }).expect(200);
    expect(last.body.items).toEqual([]);
  });

  it('keeps the text of a code span in minutes, escaped', async () => {
    const minutes = await officer.agent
      .post(`/api/meetings/${meetingId}/minutes`)
      .send({ text: 'La balise `<script>` est retirée <script>alert(1)</script>du texte.' })
      .expect(201);
    expect(minutes.body.html).toBe('<p>La balise <code>&lt;script&gt;</code> est retirée du texte.</p>');
  });

  it('marks every authenticated answer Cache-Control: no-store', async () => {
    for (const path of [
      '/api/me',
      '/api/conventions',
      `/api/conventions/${conventionId}`,
      '/api/dashboard',
    ]) {
      const response = await officer.agent.get(path).expect(200);
      expect([path, response.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    const refusedAnswer = await request(t.http).get('/api/me').expect(401);
    expect(refusedAnswer.headers['cache-control']).toBe('no-store');
  });
});
