import fc from 'fast-check';
import { findAmounts, parseMoney } from './money';

describe('amounts as officers write them', () => {
  it.each([
    ['1 600 000 €', 1600000, 'EUR'],
    ['82.598,31 Dhs', 82598.31, 'MAD'],
    ['816.560 Dhs (Contributions financière et valorisée)', 816560, 'MAD'],
    ['2 032 800 Dhs.', 2032800, 'MAD'],
    ['1.149.000 Dhs.', 1149000, 'MAD'],
    ['15 000 € environ', 15000, 'EUR'],
    ['2,5 millions d’euros', 2500000, 'EUR'],
    ['300 000 EUR', 300000, 'EUR'],
    ['5 000 000 DH', 5000000, 'MAD'],
    ['72.000 (2,68%)', 72000, null],
  ])('%s', (words, amount, currency) => {
    expect(parseMoney(words)).toMatchObject({ amount, currency });
  });

  it('a year or a percentage is not an amount', () => {
    expect(findAmounts('Cléon : 10 000 € en 2007.').map((money) => money.amount)).toEqual([10000]);
    expect(findAmounts('(11,17%)')).toEqual([]);
    expect(findAmounts('(2000-2006)')).toEqual([]);
  });

  it('any amount written the French way (spaces, or dots, for thousands; a comma for cents) reads back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.constantFrom(' ', '.', '\u202f'),
        fc.constantFrom(['€', 'EUR'], ['Dhs', 'MAD']),
        (cents, separator, [sign, code]) => {
          const units = Math.floor(cents / 100);
          const grouped = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
          const words = `${grouped},${String(cents % 100).padStart(2, '0')} ${sign}`;
          expect(parseMoney(words)).toMatchObject({ amount: cents / 100, currency: code });
        },
      ),
    );
  });
});
