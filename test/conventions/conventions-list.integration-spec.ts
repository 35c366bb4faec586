import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

/** The officers' list: words in any order and without hyphens, sortable columns, key dates, next deadline. */
describe('the conventions list for the web app (real PostgreSQL)', () => {
  let t: TestApp;
  const marker = `SORT${process.pid}`;
  const refs = (body: { items: Array<{ reference: string }> }) => body.items.map((item) => item.reference);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-15T09:00:00Z' });
    const term = (start: string, months: number) => ({
      term: { start: 'fixed_date' as const, startDate: start, durationMonths: months },
    });
    await t.api
      .post('/api/conventions')
      .send(aConvention({ reference: `${marker}-A`, effectiveOn: null, clauses: term('2024-02-02', 24) }))
      .expect(201);
    await t.api
      .post('/api/conventions')
      .send(aConvention({ reference: `${marker}-B`, effectiveOn: null, clauses: term('2025-06-01', 60) }))
      .expect(201);
    await t.api
      .post('/api/conventions')
      .send(
        aConvention({
          reference: `${marker}-C`,
          title: `Jumelage ${marker}`,
          effectiveOn: null,
          clauses: { term: { start: 'last_signature', durationMonths: 36 }, renewal: { mode: 'tacit' } },
        }),
      )
      .expect(201);
  }, 60_000);
  afterAll(() => t.close());

  it('finds "villeneuve la garenne" without its hyphens, and words in any order', async () => {
    const plain = await t.api
      .get('/api/conventions')
      .query({ q: `villeneuve la garenne ${marker}` })
      .expect(200);
    expect(plain.body.total).toBe(3);
    const reversed = await t.api
      .get('/api/conventions')
      .query({ q: `tiznit jumelage ${marker.toLowerCase()}` })
      .expect(200);
    expect(refs(reversed.body)).toEqual([`${marker}-C`]);
    expect(
      (
        await t.api
          .get('/api/conventions')
          .query({ q: `${marker} lyon` })
          .expect(200)
      ).body.total,
    ).toBe(0);
  });

  it('sorts by end date, either way, conventions without one last', async () => {
    const ascending = await t.api.get('/api/conventions').query({ q: marker, sort: 'endsOn' }).expect(200);
    expect(refs(ascending.body)).toEqual([`${marker}-A`, `${marker}-B`, `${marker}-C`]);
    const descending = await t.api.get('/api/conventions').query({ q: marker, sort: '-endsOn' }).expect(200);
    expect(refs(descending.body)).toEqual([`${marker}-B`, `${marker}-A`, `${marker}-C`]);
    const refused = await t.api.get('/api/conventions').query({ sort: 'colour' }).expect(400);
    expect(refused.body.message).toContain('sort');
  });

  it('carries each convention’s key dates and its next open deadline', async () => {
    const { body } = await t.api
      .get('/api/conventions')
      .query({ q: marker, sort: 'nextDeadline' })
      .expect(200);
    const [a, b, c] = body.items;
    expect(a).toMatchObject({
      reference: `${marker}-A`,
      keyDates: { startsOn: '2024-02-02', endsOn: '2026-02-01', currentTermEndsOn: '2026-02-01' },
      nextDeadline: { kind: 'expiry', dueOn: '2026-02-01' },
    });
    expect(b.keyDates).toMatchObject({ startsOn: '2025-06-01', endsOn: '2030-05-31' });
    // Not signed yet: no start, no deadline, listed last.
    expect(c).toMatchObject({ reference: `${marker}-C`, keyDates: { startsOn: null }, nextDeadline: null });
  });
});

describe('the header’s search: conventions, parties, meetings (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-15T09:00:00Z' });
  }, 60_000);
  afterAll(() => t.close());

  it('finds each by its words, and only among what the caller sees', async () => {
    const officer = await t.newUser('officer', { name: 'Villeneuve-la-Garenne', country: 'FR' });
    const stranger = await t.newUser('officer', { name: 'Ailleurs', country: 'FR' });
    const doc = aConvention({
      clauses: { committee: { name: 'Comité de pilotage', minMeetingsPerYear: 1 } },
    });
    doc.parties[0].organizationId = officer.organizationId;
    const id = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body.id;
    await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2025-11-20', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    const { body } = await officer.agent.get('/api/search').query({ q: 'villeneuve la garenne' }).expect(200);
    expect(body.conventions.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(body.parties).toEqual([
      expect.objectContaining({ conventionId: id, name: 'Villeneuve-la-Garenne' }),
    ]);
    const meetings = (await officer.agent.get('/api/search').query({ q: 'tiznit' }).expect(200)).body
      .meetings;
    expect(meetings).toEqual([
      expect.objectContaining({ conventionId: id, heldOn: '2025-11-20', city: 'Tiznit' }),
    ]);
    const theirs = (await stranger.agent.get('/api/search').query({ q: 'tiznit' }).expect(200)).body;
    expect(theirs).toEqual({ conventions: [], parties: [], meetings: [] });
    await officer.agent.get('/api/search').expect(400);
  });
});
