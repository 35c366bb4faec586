import fc from 'fast-check';
import { ConventionDocument } from '../conventions/convention';
import { checkPayment } from './check-payment';

const doc = (
  countries: string[],
): Pick<ConventionDocument, 'parties' | 'clauses' | 'effectiveOn' | 'terminatedOn'> => ({
  parties: countries.map((country, index) => ({
    name: ['Villeneuve-la-Garenne', 'Tiznit', 'Bamako'][index],
    country,
    signedOn: '2024-02-02',
  })),
  clauses: { term: { durationMonths: 24, start: 'last_signature' } },
  effectiveOn: null,
  terminatedOn: null,
});
const paid = { amount: 1000, currency: 'EUR', paidOn: '2025-03-01', kind: 'cash' as const };

describe('checkPayment: the beneficiary country', () => {
  it('is the only foreign party’s for a French payer', () => {
    const checked = checkPayment(
      doc(['FR', 'MA']),
      { ...paid, party: 'Villeneuve-la-Garenne' },
      '2026-01-01',
    );
    expect(checked).toEqual({ ok: expect.objectContaining({ country: 'MA', warnings: [] }) });
  });

  it('is a foreign payer’s own (Tiznit’s co-financing is spent in Morocco), with the not-French warning', () => {
    // Before: "say which country benefits" on `country`, which an action plan's import cannot give.
    const checked = checkPayment(doc(['FR', 'MA']), { ...paid, party: 'Tiznit' }, '2026-01-01');
    expect(checked).toEqual({
      ok: expect.objectContaining({ country: 'MA', warnings: ['not_a_french_party'] }),
    });
  });

  it('must be said when a French payer has partners in two countries', () => {
    const checked = checkPayment(
      doc(['FR', 'MA', 'ML']),
      { ...paid, party: 'Villeneuve-la-Garenne' },
      '2026-01-01',
    );
    expect(checked).toEqual({ problems: [expect.objectContaining({ field: 'country' })] });
  });

  it('is the one given, whoever pays', () => {
    const checked = checkPayment(
      doc(['FR', 'MA']),
      { ...paid, party: 'Tiznit', country: 'fr' },
      '2026-01-01',
    );
    expect(checked).toEqual({ ok: expect.objectContaining({ country: 'FR' }) });
  });
});

describe('checkPayment: the amount in euros', () => {
  it('rounds half a cent up, as written, not as binary floating point has it', () => {
    // 1234.5 × 0.09 = 111.105 exactly, but 111.10499999999999 in floating point: it was 111.10.
    const checked = checkPayment(
      doc(['FR', 'MA']),
      { ...paid, party: 'Villeneuve-la-Garenne', currency: 'MAD', amount: 1234.5, exchangeRate: 0.09 },
      '2026-01-01',
    );
    expect(checked).toEqual({ ok: expect.objectContaining({ amountEur: 111.11 }) });
  });

  it('keeps cents that are already exact', () => {
    const checked = checkPayment(
      doc(['FR', 'MA']),
      { ...paid, party: 'Villeneuve-la-Garenne', currency: 'MAD', amount: 10_000, exchangeRate: 0.0917 },
      '2026-01-01',
    );
    expect(checked).toEqual({ ok: expect.objectContaining({ amountEur: 917 }) });
  });
});

// Up to 100 million euros paid, at rates up to 5 euros a unit given to four decimals.
describe('checkPayment: the amount in euros, for any amount in cents and rate in ten-thousandths', () => {
  it('is the exact product rounded half a cent up (counted in integers)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (cents, rate) => {
          // cents × rate is in 10^-6 euros; rounding to cents is integer division, half up.
          const micro = BigInt(cents) * BigInt(rate);
          const exact = Number((micro + 5_000n) / 10_000n) / 100;
          const checked = checkPayment(
            doc(['FR', 'MA']),
            {
              ...paid,
              party: 'Villeneuve-la-Garenne',
              currency: 'MAD',
              amount: cents / 100,
              exchangeRate: rate / 10_000,
            },
            '2026-01-01',
          );
          expect(checked).toEqual({ ok: expect.objectContaining({ amountEur: exact }) });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
