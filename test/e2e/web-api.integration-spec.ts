import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import request from 'supertest';
import { webAppDir } from '../../apps/api/src/web/web-app-dir';

/** The antony-taroudant seed's clauses: 2 years from 2 February 2024, evaluation at term, amendments by unanimity. */
const antony = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/conventions/antony-taroudant.json'), 'utf8'),
);

describe('the web app’s API: serving, deadline preview, dashboard (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-15T09:00:00Z' });
  });
  afterAll(() => t.close());

  describe('serving the built app', () => {
    const built = webAppDir() !== null;
    (built ? it : it.skip)(
      'answers index.html at / and on every page path, with the CSP headers',
      async () => {
        for (const path of [
          '/',
          '/conventions',
          '/conventions/5d0c1a52-7cde-4f7a-9d55-0d3b1f3f7b61',
          '/calendar',
        ]) {
          const response = await request(t.http).get(path).expect(200);
          expect(response.headers['content-type']).toMatch(/text\/html/);
          expect(response.text).toContain('<div id="root"></div>');
          expect(response.headers['content-security-policy']).toContain("script-src 'self'");
        }
      },
    );

    (built ? it : it.skip)(
      'serves hashed assets with a long cache, and a missing asset as a plain 404',
      async () => {
        const html = (await request(t.http).get('/').expect(200)).text;
        const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
        expect(script).toBeDefined();
        const asset = await request(t.http)
          .get(script as string)
          .expect(200);
        expect(asset.headers['cache-control']).toContain('immutable');
        await request(t.http).get('/assets/nothing-here.js').expect(404);
      },
    );

    it('leaves /api and /health to the API: JSON answers and JSON 404s, never the app', async () => {
      const missing = await request(t.http).get('/api/no-such-route').expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404 });
      await request(t.http).get('/health').expect(200, { status: 'ok' });
      await request(t.http).get('/api/conventions').expect(401);
    });
  });

  describe('POST /api/conventions/preview-deadlines', () => {
    it('computes the deadlines of a document without saving it', async () => {
      const { reference: _r, ...document } = antony;
      const response = await t.api
        .post('/api/conventions/preview-deadlines')
        .send({ document: { ...document, reference: 'PREVIEW-ANTONY' } })
        .expect(200);
      expect(response.body).toMatchObject({ startsOn: '2024-02-02', endsOn: '2026-02-01' });
      expect(response.body.deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual([
        ['evaluation', '2026-02-01'],
        ['expiry', '2026-02-01'],
        ['renewal_decision', '2026-02-01'],
      ]);
      expect(response.body.deadlines[0]).toMatchObject({
        title: 'Évaluation',
        status: 'due',
        source: { article: '7' },
      });
      const list = await t.api.get('/api/conventions').query({ q: 'PREVIEW-ANTONY' }).expect(200);
      expect(list.body.total).toBe(0);
    });

    it('names the field of an invalid document, needs a session, and is refused to viewers like a write', async () => {
      const viewer = await t.newUser('viewer');
      await viewer.agent.post('/api/conventions/preview-deadlines').send({ document: antony }).expect(403);
      const bad = await t.api
        .post('/api/conventions/preview-deadlines')
        .send({ document: { ...antony, clauses: { committee: { minMeetingsPerYear: 5 } } } })
        .expect(400);
      expect(bad.body.message).toContain('minMeetingsPerYear');
      await request(t.http).post('/api/conventions/preview-deadlines').send({ document: antony }).expect(401);
    });
  });

  describe('GET /api/dashboard', () => {
    it('sorts an organization’s deadlines into overdue, this week, next 90 days and ending within 12 months', async () => {
      const officer = await t.newUser('officer', { name: 'Antony', country: 'FR' });
      const other = await t.newUser('officer', { name: 'Ailleurs', country: 'FR' });
      const doc = {
        ...antony,
        parties: [{ ...antony.parties[0], organizationId: officer.organizationId }, antony.parties[1]],
      };
      const created = await officer.agent.post('/api/conventions').send(doc).expect(201);
      await officer.agent
        .post('/api/conventions')
        .send(
          aConvention({
            parties: aConvention().parties.map((p, i) =>
              i === 0 ? { ...p, organizationId: officer.organizationId } : p,
            ),
          }),
        )
        .expect(201);
      const dashboard = await officer.agent.get('/api/dashboard').expect(200);
      expect(dashboard.body.today).toBe('2026-01-15');
      const ofAntony = (items: Array<{ conventionId: string; kind: string; dueOn: string }>) =>
        items.filter((item) => item.conventionId === created.body.id).map((item) => [item.kind, item.dueOn]);
      expect(ofAntony(dashboard.body.next90Days.items)).toEqual([
        ['evaluation', '2026-02-01'],
        ['expiry', '2026-02-01'],
        ['renewal_decision', '2026-02-01'],
      ]);
      expect(ofAntony(dashboard.body.endingWithin12Months.items)).toEqual([['expiry', '2026-02-01']]);
      expect(dashboard.body.overdue.total).toBeGreaterThan(0);
      // Each line shown with its article and quote, as the calendar gives them.
      const calendar = await officer.agent
        .get('/api/calendar?from=2025-01-15&to=2027-01-15&include=source')
        .expect(200);
      const sourceOf = new Map(
        (calendar.body as Array<{ conventionId: string; kind: string; dueOn: string; source: unknown }>).map(
          (item) => [`${item.conventionId}:${item.kind}:${item.dueOn}`, item.source],
        ),
      );
      const shown = ['overdue', 'thisWeek', 'next90Days', 'endingWithin12Months'].flatMap(
        (name) => dashboard.body[name].items as Array<{ conventionId: string; kind: string; dueOn: string }>,
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const item of shown)
        expect([item, (item as { source?: unknown }).source]).toEqual([
          item,
          sourceOf.get(`${item.conventionId}:${item.kind}:${item.dueOn}`),
        ]);
      expect(shown.some((item) => (item as { source?: unknown }).source)).toBe(true);

      // Another organization sees none of it.
      const theirs = await other.agent.get('/api/dashboard').expect(200);
      expect(theirs.body.next90Days.total + theirs.body.overdue.total).toBe(0);

      const compliance = await officer.agent.get('/api/dashboard/compliance').expect(200);
      const rules = compliance.body.alerts.items
        .filter((alert: { conventionId: string }) => alert.conventionId === created.body.id)
        .map((alert: { rule: string }) => alert.rule);
      expect(rules).toEqual(
        expect.arrayContaining([
          'deliberation_before_signature',
          'signatures_recorded',
          'prefecture_transmission',
        ]),
      );
      expect((await other.agent.get('/api/dashboard/compliance').expect(200)).body.alerts.total).toBe(0);

      const index = await officer.agent.get('/api/calendar/conventions').expect(200);
      expect(index.body.map((entry: { reference: string }) => entry.reference)).toContain(
        'ANTONY-TAROUDANT-2024',
      );
      expect(index.body.find((entry: { id: string }) => entry.id === created.body.id).countries).toEqual([
        'FR',
        'MA',
      ]);
      expect((await other.agent.get('/api/calendar/conventions').expect(200)).body).toEqual([]);

      await officer.agent
        .post(`/api/conventions/${created.body.id}/follow`)
        .send({ following: false })
        .expect(200);
      expect((await officer.agent.get('/api/me/following').expect(200)).body).toEqual([
        {
          conventionId: created.body.id,
          following: false,
          reference: 'ANTONY-TAROUDANT-2024',
          title: created.body.title,
        },
      ]);
    });
  });
});
