import * as path from 'node:path';
import { SeedConventionsUseCase } from '@passerelle/application';
import { startTestApp, TestApp } from '../support/test-app';
import { loadSeedDocuments } from '../../apps/api/src/seeds/load-seed-documents';

describe('seed conventions on a real PostgreSQL', () => {
  let t: TestApp;
  const seedsDir = path.join(__dirname, '..', '..', 'seeds', 'conventions');

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  it('loads the four seeds into an empty database once', async () => {
    const seed = t.app.get(SeedConventionsUseCase);
    expect(await seed.execute(loadSeedDocuments(seedsDir))).toBe(4);
    expect(await seed.execute(loadSeedDocuments(seedsDir))).toBe(0);
    const list = await t.api.get('/api/conventions').expect(200);
    expect(list.body.total).toBe(4);
    expect(
      Object.fromEntries(
        list.body.items.map((item: { reference: string; status: string }) => [item.reference, item.status]),
      ),
    ).toEqual({
      'ANTONY-TAROUDANT-2024': 'expired',
      'CHAMBERY-TAROUDANT-2023': 'draft',
      'DIJON-CHEFCHAOUEN-2016': 'draft',
      // Its text: in effect after both signatures and the governor's visa, none of them in the file.
      'VLG-TIZNIT-2023': 'draft',
    });
  });

  it('serves the Villeneuve-la-Garenne – Tiznit deadlines read from the text: none until signed and visaed', async () => {
    const list = await t.api.get('/api/conventions').query({ q: 'VLG-TIZNIT' }).expect(200);
    const id = list.body.items[0].id;
    const before = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2023-01-01', to: '2030-12-31' })
      .expect(200);
    // Only the prefect's review of the transmission of 3 January 2023: no term has started.
    expect(before.body.map((d: { kind: string; dueOn: string }) => `${d.kind} ${d.dueOn}`)).toEqual([
      'prefecture_review 2023-03-03',
    ]);
    const doc = (await t.api.get(`/api/conventions/${id}`).expect(200)).body;
    const parties = doc.parties.map((party: { country: string }) => ({
      ...party,
      signedOn: '2023-01-10',
      ...(party.country === 'MA' ? { visaOn: '2023-02-15' } : {}),
    }));
    await t.api.patch(`/api/conventions/${id}`).send({ parties }).expect(200);
    const response = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2025-01-01', to: '2027-01-31' })
      .expect(200);
    const seen = response.body.map(
      (deadline: { kind: string; dueOn: string }) => `${deadline.kind} ${deadline.dueOn}`,
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        'evaluation 2025-02-14',
        'renewal_notice 2025-11-14',
        'expiry 2026-02-14',
        'tacit_renewal 2026-02-15',
        'evaluation 2026-02-14',
        'action_plan 2026-12-31',
        'committee_meeting 2026-12-31',
      ]),
    );
    const plan2027 = response.body.find(
      (deadline: { kind: string; planYear?: number }) =>
        deadline.kind === 'action_plan' && deadline.planYear === 2027,
    );
    expect(plan2027).toMatchObject({ dueOn: '2026-12-31', source: { article: '3' } });
  });
});
