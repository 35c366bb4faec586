import { Actor, ExchangeRate, FixedClock, Payment } from '@passerelle/domain';
import {
  aStoredConvention,
  anOfficer,
  aStranger,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
  VLG,
} from '@passerelle/testing';
import { PaymentRepository, PaymentToStore } from '../../ports/payment.repository';
import { SetExchangeRateUseCase } from '../set-exchange-rate/set-exchange-rate.use-case';
import { RecordPaymentUseCase } from './record-payment.use-case';

const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

/** The ledger and the rate table in arrays: what the two use cases write and read. */
function ledgerInMemory() {
  const written: PaymentToStore[] = [];
  const rates: ExchangeRate[] = [];
  const payments = {
    add: (conventionId: string, lines: PaymentToStore[]) => {
      written.push(...lines);
      return Promise.resolve(
        lines.map((line, index) => ({ ...line, id: `p-${written.length + index}`, conventionId }) as Payment),
      );
    },
    rateOn: (currency: string, day: string) =>
      Promise.resolve(
        rates
          .filter((rate) => rate.currency === currency && rate.validFrom <= day)
          .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null,
      ),
    rates: () => Promise.resolve([...rates]),
    setRate: (rate: ExchangeRate) => {
      rates.push(rate);
      return Promise.resolve(rate);
    },
  };
  return { written, rates, payments: payments as unknown as PaymentRepository };
}

function world() {
  const store = new InMemoryGovernance();
  const conventions = new InMemoryConventions(store.conventions);
  const ledger = ledgerInMemory();
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return {
    ...ledger,
    convention: aStoredConvention(store),
    record: new RecordPaymentUseCase(conventions, ledger.payments, clock),
    setRate: new SetExchangeRateUseCase(ledger.payments, clock),
  };
}

const euros = { party: VLG, amount: 5000, currency: 'eur', paidOn: '2026-02-10', kind: 'cash' as const };

describe('RecordPaymentUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('records a payment in euros at the rate 1, names the party as the document does and the only foreign country', async () => {
    const { record, convention, written } = world();
    const stored = await record.execute(
      convention.id,
      { ...euros, party: 'VILLENEUVE-LA-GARENNE', purpose: '  ' },
      anOfficer,
    );
    expect(written).toEqual([
      {
        party: VLG,
        amount: 5000,
        currency: 'EUR',
        exchangeRate: 1,
        exchangeRateSource: 'given',
        exchangeRateOn: null,
        amountEur: 5000,
        paidOn: '2026-02-10',
        country: 'MA',
        purpose: null,
        kind: 'cash',
        origin: null,
      },
    ]);
    expect(stored.warnings).toEqual([]);
  });

  it('takes the table’s rate in force on the day paid when none is typed, and a typed rate over the table', async () => {
    const { record, convention, rates, written } = world();
    rates.push(
      { currency: 'MAD', validFrom: '2026-01-01', eurPerUnit: 0.09, source: 'BAM' },
      { currency: 'MAD', validFrom: '2026-03-01', eurPerUnit: 0.1, source: 'BAM' },
    );
    const mad = { ...euros, amount: 1234, currency: 'mad' };
    await record.execute(convention.id, mad, anOfficer);
    await record.execute(convention.id, { ...mad, exchangeRate: 0.092 }, anOfficer);
    expect(
      written.map((line) => [
        line.exchangeRate,
        line.exchangeRateSource,
        line.exchangeRateOn,
        line.amountEur,
      ]),
    ).toEqual([
      [0.09, 'table', '2026-01-01', 111.06],
      [0.092, 'given', null, 113.53],
    ]);
  });

  it('refuses, writing nothing: no rate for the currency (400 on currency), a payment ahead (paidOn), a non-party (party), EUR not at 1', async () => {
    const { record, convention, written } = world();
    await expect(
      record.execute(convention.id, { ...euros, currency: 'MAD' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'currency' });
    await expect(
      record.execute(convention.id, { ...euros, paidOn: '2026-03-14' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'paidOn' });
    await expect(
      record.execute(convention.id, { ...euros, party: 'Paris' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'party' });
    await expect(
      record.execute(convention.id, { ...euros, exchangeRate: 1.1 }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'exchangeRate' });
    expect(written).toEqual([]);
  });

  it('lists every problem on the error, the first as its field', async () => {
    const { record, convention } = world();
    const refused = await record
      .execute(convention.id, { ...euros, party: 'Paris', paidOn: '2027-01-01' }, anOfficer)
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      field: 'party',
      problems: [{ field: 'party' }, { field: 'paidOn' }],
    });
  });

  it('warns when the payer is not French, or the convention was not in force that year', async () => {
    const { record, convention } = world();
    const byTiznit = await record.execute(convention.id, { ...euros, party: 'Tiznit', country: 'ma' }, admin);
    expect(byTiznit.warnings).toEqual([
      { code: 'not_a_french_party', params: { year: 2026, party: 'Tiznit' } },
    ]);
    const before = await record.execute(convention.id, { ...euros, paidOn: '2022-06-01' }, anOfficer);
    expect(before.warnings.map((warning) => warning.code)).toEqual(['not_in_force_that_year']);
  });

  it('a viewer may not (403), another organization sees no convention (404)', async () => {
    const { record, convention, written } = world();
    await expect(record.execute(convention.id, euros, aViewer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(record.execute(convention.id, euros, aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(written).toEqual([]);
  });
});

describe('SetExchangeRateUseCase (in-memory ports, clock at 2026-03-13)', () => {
  const mad: ExchangeRate = { currency: 'MAD', validFrom: '2026-03-13', eurPerUnit: 0.092, source: 'BAM' };

  it('an admin records a published rate; an officer is refused (403), EUR (400 on currency), a rate ahead (400 on validFrom)', async () => {
    const { setRate, rates } = world();
    expect(await setRate.execute(mad, admin)).toEqual(mad);
    await expect(setRate.execute(mad, anOfficer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setRate.execute({ ...mad, currency: 'EUR' }, admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'currency',
    });
    await expect(setRate.execute({ ...mad, validFrom: '2026-03-14' }, admin)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'validFrom',
    });
    expect(rates).toEqual([mad]);
    expect(await setRate.list()).toEqual([mad]);
  });
});
