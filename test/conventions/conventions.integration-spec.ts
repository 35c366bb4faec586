import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import { Client } from 'pg';

describe('conventions API (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  async function rowCounts(): Promise<Record<string, number>> {
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      const counts: Record<string, number> = {};
      for (const table of [
        'conventions',
        'convention_parties',
        'convention_clauses',
        'financial_commitments',
      ]) {
        counts[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
      }
      return counts;
    } finally {
      await client.end();
    }
  }

  it('serves /health', async () => {
    await t.api.get('/health').expect(200, { status: 'ok' });
  });

  it('creates, reads, updates and deletes a convention', async () => {
    const doc = aConvention();
    const created = await t.api.post('/api/conventions').send(doc).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      reference: doc.reference,
      status: 'in_force',
      parties: [
        { name: 'Villeneuve-la-Garenne', country: 'FR', deliberationOn: '2022-12-15' },
        { name: 'Tiznit', country: 'MA' },
      ],
      clauses: {
        term: { start: 'effective_date', durationMonths: 36 },
        termination: { noticeMonths: 3, source: { article: '7', quote: 'préavis de trois mois' } },
      },
      financialCommitments: [{ party: 'Villeneuve-la-Garenne', amount: 15000, currency: 'EUR', year: 2024 }],
    });
    const id = created.body.id as string;

    const read = await t.api.get(`/api/conventions/${id}`).expect(200);
    expect(read.body).toEqual(created.body);

    const updated = await t.api
      .patch(`/api/conventions/${id}`)
      .send({ title: 'Nouveau titre', clauses: { amendment: null, evaluation: { annual: true } } })
      .expect(200);
    expect(updated.body.title).toBe('Nouveau titre');
    expect(updated.body.clauses.amendment).toBeUndefined();
    expect(updated.body.clauses.evaluation).toEqual({ annual: true });
    expect(updated.body.clauses.term).toEqual(created.body.clauses.term);

    const terminated = await t.api
      .patch(`/api/conventions/${id}`)
      .send({ terminatedOn: '2025-06-30' })
      .expect(200);
    expect(terminated.body.status).toBe('terminated');

    await t.api.delete(`/api/conventions/${id}`).expect(204);
    await t.api.get(`/api/conventions/${id}`).expect(404);
    await t.api.delete(`/api/conventions/${id}`).expect(404);
  });

  it('lists with q, status and country filters and pagination', async () => {
    const marker = `LIST${Date.now()}`;
    const inForce = aConvention({ reference: `${marker}-A`, title: `${marker} Antony – Taroudant` });
    const expired = aConvention({
      reference: `${marker}-B`,
      effectiveOn: '2020-01-01',
      clauses: { term: { start: 'effective_date', durationMonths: 24 } },
    });
    const senegal = aConvention({
      reference: `${marker}-C`,
      parties: [
        { name: 'Dijon', country: 'FR' },
        { name: 'Dakar', country: 'SN' },
      ],
      financialCommitments: [],
    });
    for (const doc of [inForce, expired, senegal]) await t.api.post('/api/conventions').send(doc).expect(201);

    const byText = await t.api.get('/api/conventions').query({ q: marker }).expect(200);
    expect(byText.body.total).toBe(3);
    const byTitle = await t.api.get('/api/conventions').query({ q: 'antony – taroudant' }).expect(200);
    expect(byTitle.body.items.map((item: { reference: string }) => item.reference)).toContain(`${marker}-A`);
    const byParty = await t.api.get('/api/conventions').query({ q: 'dakar' }).expect(200);
    expect(byParty.body.items.map((item: { reference: string }) => item.reference)).toEqual([`${marker}-C`]);

    const expiredOnes = await t.api
      .get('/api/conventions')
      .query({ q: marker, status: 'expired' })
      .expect(200);
    expect(expiredOnes.body.items.map((item: { reference: string }) => item.reference)).toEqual([
      `${marker}-B`,
    ]);
    expect(expiredOnes.body.items[0].status).toBe('expired');

    const inSenegal = await t.api.get('/api/conventions').query({ q: marker, country: 'SN' }).expect(200);
    expect(inSenegal.body.items.map((item: { reference: string }) => item.reference)).toEqual([
      `${marker}-C`,
    ]);

    const page2 = await t.api.get('/api/conventions').query({ q: marker, page: 2, pageSize: 2 }).expect(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((item: { reference: string }) => item.reference)).toEqual([`${marker}-C`]);
  });

  describe('refuses bad input with a 400 naming the field, writing nothing', () => {
    const cases: Array<[string, (doc: Record<string, unknown>) => unknown, string]> = [
      ['an unknown field', (doc) => ({ ...doc, colour: 'blue' }), 'colour'],
      [
        'an unknown nested field',
        (doc) => ({ ...doc, clauses: { term: { start: 'effective_date', durationMonths: 12, extra: 1 } } }),
        'clauses.term.extra',
      ],
      ['a wrong type', (doc) => ({ ...doc, title: 42 }), 'title'],
      ['an impossible date', (doc) => ({ ...doc, effectiveOn: '2025-02-30' }), 'effectiveOn'],
      [
        'an impossible party date',
        (doc) => ({
          ...doc,
          parties: [
            { name: 'A', country: 'FR', signedOn: '2024-13-01' },
            { name: 'B', country: 'MA' },
          ],
        }),
        'parties[0].signedOn',
      ],
      [
        'a negative duration',
        (doc) => ({ ...doc, clauses: { term: { start: 'effective_date', durationMonths: -12 } } }),
        'clauses.term.durationMonths',
      ],
      [
        'a negative notice',
        (doc) => ({ ...doc, clauses: { termination: { noticeMonths: -3 } } }),
        'clauses.termination.noticeMonths',
      ],
      ['a single party', (doc) => ({ ...doc, parties: [{ name: 'Antony', country: 'FR' }] }), 'parties'],
      [
        'a bad country',
        (doc) => ({
          ...doc,
          parties: [
            { name: 'A', country: 'France' },
            { name: 'B', country: 'MA' },
          ],
        }),
        'parties[0].country',
      ],
      ['an unknown instrument', (doc) => ({ ...doc, instrument: 'treaty' }), 'instrument'],
      ['a missing reference', ({ reference: _reference, ...doc }) => doc, 'reference'],
      [
        'an unsupported meeting frequency',
        (doc) => ({ ...doc, clauses: { committee: { minMeetingsPerYear: 5 } } }),
        'clauses.committee.minMeetingsPerYear',
      ],
      [
        'a fixed start without a date',
        (doc) => ({ ...doc, clauses: { term: { start: 'fixed_date', durationMonths: 24 } } }),
        'clauses.term.startDate',
      ],
      [
        'a commitment of a stranger',
        (doc) => ({ ...doc, financialCommitments: [{ party: 'Paris', amount: 1, currency: 'EUR' }] }),
        'financialCommitments[0].party',
      ],
      [
        'a duplicate party',
        (doc) => ({
          ...doc,
          parties: [
            { name: 'A', country: 'FR' },
            { name: 'A', country: 'MA' },
          ],
          financialCommitments: [],
        }),
        'parties[1].name',
      ],
    ];

    it.each(cases)('%s', async (_label, mutate, field) => {
      const before = await rowCounts();
      const response = await t.api
        .post('/api/conventions')
        .send(mutate(aConvention() as unknown as Record<string, unknown>) as object)
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContain(field);
      expect(await rowCounts()).toEqual(before);
    });

    it('a body over 1 MiB', async () => {
      const before = await rowCounts();
      const response = await t.api
        .post('/api/conventions')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ ...aConvention(), object: 'x'.repeat(1024 * 1024 + 10) }))
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', field: 'body' });
      expect(await rowCounts()).toEqual(before);
    });

    it('malformed JSON', async () => {
      const response = await t.api
        .post('/api/conventions')
        .set('content-type', 'application/json')
        .send('{"reference": ')
        .expect(400);
      expect(response.body.message).toContain('body');
    });

    it('a duplicate reference is a 409 naming the field', async () => {
      const doc = aConvention();
      await t.api.post('/api/conventions').send(doc).expect(201);
      const before = await rowCounts();
      const response = await t.api
        .post('/api/conventions')
        .send({ ...doc, title: 'Autre' })
        .expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict', field: 'reference' });
      expect(await rowCounts()).toEqual(before);
    });

    it('a PATCH that breaks a rule changes nothing', async () => {
      const created = await t.api.post('/api/conventions').send(aConvention()).expect(201);
      const before = await rowCounts();
      const response = await t.api
        .patch(`/api/conventions/${created.body.id}`)
        .send({ title: 'Changed', parties: [{ name: 'Seul', country: 'FR' }] })
        .expect(400);
      expect(response.body.message).toContain('parties');
      expect(await rowCounts()).toEqual(before);
      const after = await t.api.get(`/api/conventions/${created.body.id}`).expect(200);
      expect(after.body.title).toBe(created.body.title);
    });

    it('bad list filters', async () => {
      for (const [query, field] of [
        [{ status: 'archived' }, 'status'],
        [{ country: 'maroc' }, 'country'],
        [{ pageSize: 1000 }, 'pageSize'],
        [{ page: 0 }, 'page'],
      ] as const) {
        const response = await t.api.get('/api/conventions').query(query).expect(400);
        expect(response.body.message).toContain(field);
      }
    });
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.api.get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/conventions', '/api/conventions/{id}', '/health']),
    );
  });
});
