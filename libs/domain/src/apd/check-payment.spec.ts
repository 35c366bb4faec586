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
