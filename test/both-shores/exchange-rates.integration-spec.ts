import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('dated exchange rates for the APD ledger (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-06-15T09:00:00Z' });
  });
  afterAll(() => t.close());

  it('converts a MAD payment with no rate of its own at the table’s rate of its day, and records which', async () => {
    const officer = await t.newUser('officer');
    const doc = aConvention({ effectiveOn: '2023-01-03' });
    doc.parties = doc.parties.map((party) =>
      party.country === 'FR' ? { ...party, organizationId: officer.organizationId } : party,
    );
    const { id } = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body as {
      id: string;
    };
    const payment = (paidOn: string, extra: Record<string, unknown> = {}) => ({
      party: 'Villeneuve-la-Garenne',
      amount: 100000,
      currency: 'MAD',
      paidOn,
      kind: 'cash',
      ...extra,
    });

    // No rate anywhere yet: refused, naming the currency, nothing written.
    const refused = await officer.agent
      .post(`/api/conventions/${id}/payments`)
      .send(payment('2024-03-15'))
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('currency');

    const rate = {
      currency: 'MAD',
      validFrom: '2024-01-02',
      eurPerUnit: 0.0921,
      source: 'test: a published rate',
    };
    await officer.agent.put('/api/exchange-rates').send(rate).expect(403);
    await t.api
      .put('/api/exchange-rates')
      .send({ ...rate, validFrom: '2024-13-01' })
      .expect(400);
    await t.api.put('/api/exchange-rates').send(rate).expect(200);
    await t.api.put('/api/exchange-rates').send(rate).expect(200); // a retry changes nothing
    await t.api
      .put('/api/exchange-rates')
      .send({ ...rate, validFrom: '2024-04-01', eurPerUnit: 0.0925 })
      .expect(200);
    expect((await officer.agent.get('/api/exchange-rates').expect(200)).body).toHaveLength(2);

    const fromTable = (
      await officer.agent.post(`/api/conventions/${id}/payments`).send(payment('2024-03-15')).expect(201)
    ).body;
    expect(fromTable).toMatchObject({
      exchangeRate: 0.0921,
      exchangeRateSource: 'table',
      exchangeRateOn: '2024-01-02',
      amountEur: 9210,
    });
    const later = (
      await officer.agent.post(`/api/conventions/${id}/payments`).send(payment('2024-04-10')).expect(201)
    ).body;
    expect(later).toMatchObject({ exchangeRate: 0.0925, exchangeRateOn: '2024-04-01', amountEur: 9250 });
    // A rate typed from the bank's statement wins over the table's.
    const given = (
      await officer.agent
        .post(`/api/conventions/${id}/payments`)
        .send(payment('2024-04-10', { exchangeRate: 0.093 }))
        .expect(201)
    ).body;
    expect(given).toMatchObject({ exchangeRate: 0.093, exchangeRateSource: 'given', exchangeRateOn: null });
    // Before the first rate of the table: still no rate for that day.
    await officer.agent.post(`/api/conventions/${id}/payments`).send(payment('2023-12-29')).expect(400);
    expect(
      await t.sql('SELECT count(*)::int AS n FROM convention_payments WHERE convention_id = $1', [id]),
    ).toEqual([{ n: 3 }]);
  });
});
