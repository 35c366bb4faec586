import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aConvention } from '@passerelle/testing';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/** The antony-taroudant seed: deliberations, signatures and prefecture all recorded, object and commitments stated. */
const antony = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/conventions/antony-taroudant.json'), 'utf8'),
);

type Alert = { conventionId: string; rule: string };

describe('issue 20 read path: stored compliance answers, paged calendar (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-15T09:00:00Z' });
  });
  afterAll(() => t.close());

  describe('GET /api/dashboard/compliance', () => {
    it('answers from the stored answer, and a write — through the API or straight in SQL — is read back at once', async () => {
      const officer = await t.newUser('officer', { name: 'Antony cache', country: 'FR' });
      const doc = {
        ...antony,
        reference: 'ANTONY-CACHE-2024',
        parties: [{ ...antony.parties[0], organizationId: officer.organizationId }, antony.parties[1]],
      };
      const created = await officer.agent.post('/api/conventions').send(doc).expect(201);
      const rules = async () =>
        ((await officer.agent.get('/api/dashboard/compliance').expect(200)).body.alerts.items as Alert[])
          .filter((alert) => alert.conventionId === created.body.id)
          .map((alert) => alert.rule)
          .sort();
      const before = await rules();
      expect(before).not.toContain('object_stated');
      // The answer is stored for the convention's revision and local day.
      const [stored] = await t.sql(
        `SELECT a.revision = v.revision AS current, a.local_day::text AS day
           FROM compliance_answers a JOIN convention_revisions v USING (convention_id) WHERE a.convention_id = $1`,
        [created.body.id],
      );
      expect(stored).toEqual({ current: true, day: '2026-01-15' });
      expect(await rules()).toEqual(before);

      // A write through the API: the financial commitment stated.
      expect(before).toContain('financial_commitment_stated');
      await officer.agent
        .patch(`/api/conventions/${created.body.id}`)
        .send({
          financialCommitments: [{ party: doc.parties[0].name, amount: 10000, currency: 'EUR', year: 2024 }],
        })
        .expect(200);
      expect(await rules()).toEqual(before.filter((rule) => rule !== 'financial_commitment_stated'));

      // A write no code path announces: the French party's signature removed in SQL.
      await t.sql(
        `UPDATE convention_parties SET signed_on = NULL WHERE convention_id = $1 AND position = 0`,
        [created.body.id],
      );
      expect(await rules()).toContain('signatures_recorded');

      // A stale answer stored by a request that read the documents before a write is never used.
      await t.sql(
        `UPDATE compliance_answers SET revision = revision - 1, alerts = '[]'::jsonb WHERE convention_id = $1`,
        [created.body.id],
      );
      expect(await rules()).toContain('signatures_recorded');
    });

    it('computes the answer again on the convention’s next local day', async () => {
      // 23:50 in Paris, then 00:10: the convention's next day, within one session.
      t.clock.set(new Date('2026-01-15T22:50:00Z'));
      const officer = await t.newUser('officer', { name: 'Fin de terme', country: 'FR' });
      const { object: _object, ...ending } = aConvention({
        reference: 'NEXT-DAY-2026',
        parties: aConvention().parties.map((party, index) =>
          index === 0 ? { ...party, organizationId: officer.organizationId } : party,
        ),
      });
      const created = await officer.agent.post('/api/conventions').send(ending).expect(201);
      const mine = async () =>
        (
          (await officer.agent.get('/api/dashboard/compliance').expect(200)).body.alerts.items as Alert[]
        ).filter((alert) => alert.conventionId === created.body.id);
      expect((await mine()).map((alert) => alert.rule)).toContain('object_stated');
      const [{ day }] = await t.sql(
        `SELECT local_day::text AS day FROM compliance_answers WHERE convention_id = $1`,
        [created.body.id],
      );
      t.clock.set(new Date('2026-01-15T23:10:00Z'));
      try {
        await mine();
        const [{ day: next }] = await t.sql(
          `SELECT local_day::text AS day FROM compliance_answers WHERE convention_id = $1`,
          [created.body.id],
        );
        expect([day, next]).toEqual(['2026-01-15', '2026-01-16']);
      } finally {
        t.clock.set(new Date('2026-01-15T09:00:00Z'));
      }
    });

    it('counts every alert in the total and writes out the page shown, in the caller’s language', async () => {
      const officer = await t.newUser('officer', { name: 'Compte des alertes', country: 'FR' });
      for (const reference of ['COUNT-A-2026', 'COUNT-B-2026']) {
        const { object: _object, ...doc } = aConvention({
          reference,
          parties: aConvention().parties.map((party, index) =>
            index === 0 ? { ...party, organizationId: officer.organizationId } : party,
          ),
        });
        await officer.agent.post('/api/conventions').send(doc).expect(201);
      }
      const whole = (await officer.agent.get('/api/dashboard/compliance?limit=500').expect(200)).body.alerts;
      expect(whole.total).toBeGreaterThanOrEqual(2);
      expect(whole.items).toHaveLength(whole.total);
      const page = (await officer.agent.get('/api/dashboard/compliance?limit=1&lang=en').expect(200)).body
        .alerts;
      expect(page.total).toBe(whole.total);
      expect(page.items).toHaveLength(1);
      expect({ ...page.items[0], detail: undefined }).toEqual({ ...whole.items[0], detail: undefined });
      expect(page.items[0].detail).not.toBe(whole.items[0].detail);
    });
  });

  it('runs the application’s queries without JIT compilation or parallel workers', async () => {
    const [settings] = await t.app
      .get(DataSource)
      .query(
        `SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`,
      );
    expect(settings).toEqual({ jit: 'off', workers: '0' });
  });

  describe('GET /api/calendar?limit=&after= (a page of the calendar)', () => {
    it('pages through the window in order, each page linking the next, the pages making the whole list', async () => {
      for (let index = 0; index < 4; index += 1) {
        await t.api
          .post('/api/conventions')
          .send({ ...antony, reference: `PAGE-${index}-2024` })
          .expect(201);
      }
      const window = { from: '2024-01-01', to: '2027-12-31' };
      const whole = (await t.api.get('/api/calendar').query(window).expect(200)).body as Array<{
        uid: string;
        dueOn: string;
      }>;
      expect(whole.length).toBeGreaterThan(10);
      const paged: typeof whole = [];
      let next: string | null = `/api/calendar?from=${window.from}&to=${window.to}&limit=7`;
      let pages = 0;
      while (next) {
        const response = await t.api.get(next).expect(200);
        expect(response.body.length).toBeLessThanOrEqual(7);
        paged.push(...response.body);
        const link = response.headers.link as string | undefined;
        next = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
        pages += 1;
        expect(pages).toBeLessThan(100);
      }
      expect(pages).toBeGreaterThan(1);
      // The same lines in the same order: date, then reference, then kind.
      expect(paged.map((item) => item.uid)).toEqual(whole.map((item) => item.uid));
    });

    it('answers 400 naming the field for a limit out of range or a cursor it did not write', async () => {
      const tooMany = await t.api.get('/api/calendar?from=2026-01-01&to=2026-12-31&limit=0').expect(400);
      expect(JSON.stringify(tooMany.body.message)).toContain('limit');
      const forged = await t.api
        .get(
          `/api/calendar?from=2026-01-01&to=2026-12-31&limit=5&after=${Buffer.from('[1,2]').toString('base64url')}`,
        )
        .expect(400);
      expect(JSON.stringify(forged.body.message)).toContain('after');
    });
  });
});
