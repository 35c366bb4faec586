import fc from 'fast-check';
import { daysInMonth } from '../shared/calendar-date';
import {
  findDateMentions,
  impreciseDateBounds,
  isImpreciseDate,
  parseDayDate,
  parseImpreciseDate,
} from './imprecise-date';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const aDay = fc
  .record({
    year: fc.integer({ min: 1950, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));
const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('imprecise dates, as precise as their words', () => {
  it.each([
    ['26 mars 1998', { value: '1998-03-26', precision: 'day' }],
    ['1^{er} février 2006', { value: '2006-02-01', precision: 'day' }],
    ['1er février 2006', { value: '2006-02-01', precision: 'day' }],
    ['06/12/2004', { value: '2004-12-06', precision: 'day' }],
    ['Septembre 1988', { value: '1988-09', precision: 'month' }],
    ['Novembre/décembre 2005', { value: '2005-11', precision: 'month' }],
    ['août 1989', { value: '1989-08', precision: 'month' }],
    ['Automne 2007', { value: '2007-autumn', precision: 'season' }],
    ['1989', { value: '1989', precision: 'year' }],
  ])('%s', (words, expected) => {
    expect(parseImpreciseDate(words)).toEqual(expected);
  });

  it('finds every mention of a "Date :" line in order, with its words', () => {
    expect(
      findDateMentions(
        'Signatures les 26/11/1999 (Champagne-Ardenne) et 11/06/2000 (Oriental) ; Renouvellement pour 5 ans le 06/12/2004.',
      ).map((mention) => [mention.words, mention.date?.value]),
    ).toEqual([
      ['26/11/1999', '1999-11-26'],
      ['11/06/2000', '2000-06-11'],
      ['06/12/2004', '2004-12-06'],
    ]);
    expect(
      findDateMentions('1994, renouvelé en 1998, 2001, 2003 et 2006').map((mention) => mention.date?.value),
    ).toEqual(['1994', '1998', '2001', '2003', '2006']);
  });

  it('a date that names no day is never a day: 31/02/2005, 29/02/2023', () => {
    expect(parseDayDate('31/02/2005')).toBe('invalid');
    expect(parseDayDate('29/02/2023')).toBe('invalid');
    expect(parseDayDate('29/02/2024')).toEqual({ value: '2024-02-29' });
    expect(findDateMentions('31/02/2005')[0].date).toBeNull();
    expect(parseDayDate('2/3/05')).toBe('invalid');
    expect(parseDayDate('')).toBeNull();
  });

  it('every real day reads back the same, written "d mois yyyy" or "dd/mm/yyyy"', () => {
    fc.assert(
      fc.property(aDay, (day) => {
        const expected = { value: iso(day), precision: 'day' };
        expect(parseImpreciseDate(`${day.day} ${MONTHS[day.month - 1]} ${day.year}`)).toEqual(expected);
        expect(
          parseImpreciseDate(
            `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}`,
          ),
        ).toEqual(expected);
        expect(parseDayDate(`${day.day}/${day.month}/${day.year}`)).toEqual({ value: iso(day) });
      }),
    );
  });

  it('a day past its month’s end is refused, whatever the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(parseDayDate(`${daysInMonth(year, month) + 1}/${month}/${year}`)).toBe('invalid');
      }),
    );
  });

  it('the bounds of a date hold it, and a coarser precision holds the finer one', () => {
    fc.assert(
      fc.property(aDay, (day) => {
        const value = iso(day);
        const month = impreciseDateBounds({ value: value.slice(0, 7), precision: 'month' });
        const year = impreciseDateBounds({ value: value.slice(0, 4), precision: 'year' });
        expect(impreciseDateBounds({ value, precision: 'day' })).toEqual({ from: value, to: value });
        expect(month.from <= value && value <= month.to).toBe(true);
        expect(year.from <= month.from && month.to <= year.to).toBe(true);
      }),
    );
    expect(impreciseDateBounds({ value: '2007-autumn', precision: 'season' })).toEqual({
      from: '2007-09-01',
      to: '2007-11-30',
    });
    expect(impreciseDateBounds({ value: '2007-winter', precision: 'season' })).toEqual({
      from: '2007-12-01',
      to: '2008-02-29',
    });
  });
});

describe('isImpreciseDate: a value written as its precision says', () => {
  it.each([
    ['2007-11-05', 'day', true],
    ['2008-02-29', 'day', true],
    ['2007-02-29', 'day', false],
    ['2007-autumn', 'day', false],
    ['2007-11', 'month', true],
    ['2007-13', 'month', false],
    ['2007-11-05', 'month', false],
    ['2007-winter', 'season', true],
    ['2007-02', 'season', false],
    ['2007', 'year', true],
    ['2007-11', 'year', false],
    ['2007', 'decade', false],
  ])('%s as a %s: %s', (value, precision, expected) => {
    expect(isImpreciseDate({ value, precision })).toBe(expected);
  });

  it('refuses what is not a string', () => {
    expect(isImpreciseDate({ value: 2007, precision: 'year' })).toBe(false);
    expect(isImpreciseDate({ value: '2007', precision: null })).toBe(false);
  });
});
