import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  calendarDateIn,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isValidTimeZone,
  lastDayInForce,
  lastDayOfMonth,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  toEpochDay,
  toYearMonthDay,
} from './calendar-date';

/** Reference arithmetic through UTC Date fields, which no process time zone affects. */
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** Naive reading of docs/deadline-rules.md#last-day-in-force, one month at a time. */
function naiveAddMonths(iso: string, months: number): string {
  let { year, month } = toYearMonthDay(iso);
  const { day } = toYearMonthDay(iso);
  for (let i = 0; i < Math.abs(months); i += 1) {
    month += Math.sign(months);
    if (month === 13) [year, month] = [year + 1, 1];
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}
function naiveLastDayInForce(start: string, months: number): string {
  const { day } = toYearMonthDay(start);
  const target = toYearMonthDay(naiveAddMonths(start, months));
  return target.day < day
    ? formatIsoDate(target)
    : isoOf(new Date(utc(formatIsoDate(target)).getTime() - 86_400_000));
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true })
  .map(isoOf);

describe('calendar dates', () => {
  it.each([
    [2024, true],
    [2023, false],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('isLeapYear(%i) = %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 1, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));

  it.each([
    ['2025-02-30', null],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['2023-13-01', null],
    ['2023-1-01', null],
    ['0000-01-01', null],
    ['2023-01-03T00:00:00Z', null],
  ])('parseIsoDate(%s)', (value, parsed) => expect(parseIsoDate(value)).toEqual(parsed));

  it('validates and formats', () => {
    expect(isIsoDate('2023-01-03')).toBe(true);
    expect(isIsoDate(20230103)).toBe(false);
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    expect(() => toYearMonthDay('2023-02-31')).toThrow(RangeError);
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('toEpochDay(%s) = %i', (iso, epochDay) => {
    expect(toEpochDay(iso)).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(iso);
  });

  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2026-01-02', 1, '2026-01-03'],
  ])('addDays(%s, %i) = %s', (iso, days, expected) => expect(addDays(iso, days)).toBe(expected));

  it('counts days between dates', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it.each([
    ['2026-01-02', -3, '2025-10-02'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2024-05-31', -3, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('addMonthsClamped(%s, %i) = %s', (iso, months, expected) =>
    expect(addMonthsClamped(iso, months)).toBe(expected),
  );

  it.each([
    ['2024-02-02', 24, '2026-02-01'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-01-03', 36, '2026-01-02'],
    ['2026-01-03', 36, '2029-01-02'],
    ['2024-01-01', 12, '2024-12-31'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2023-01-29', 1, '2023-02-28'],
  ])('lastDayInForce(%s, %i) = %s', (start, months, expected) =>
    expect(lastDayInForce(start, months)).toBe(expected),
  );

  it('compares, min and max', () => {
    expect(compareIsoDates('2023-01-03', '2023-01-04')).toBe(-1);
    expect(compareIsoDates('2023-01-04', '2023-01-03')).toBe(1);
    expect(compareIsoDates('2023-01-03', '2023-01-03')).toBe(0);
    expect(minIsoDate('2023-01-03', '2022-12-31')).toBe('2022-12-31');
    expect(maxIsoDate('2023-01-03', '2022-12-31')).toBe('2023-01-03');
  });

  it('reads today in a time zone from an instant', () => {
    const instant = new Date('2025-12-31T23:30:00Z');
    expect(calendarDateIn(instant, 'Europe/Paris')).toBe('2026-01-01');
    expect(calendarDateIn(instant, 'Africa/Casablanca')).toBe('2026-01-01');
    expect(calendarDateIn(instant, 'America/New_York')).toBe('2025-12-31');
    expect(calendarDateIn(instant, 'Pacific/Kiritimati')).toBe('2026-01-01');
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  describe('properties', () => {
    it('epoch days round-trip and agree with UTC dates', () => {
      fc.assert(
        fc.property(isoDate, (iso) => {
          expect(fromEpochDay(toEpochDay(iso))).toBe(iso);
          expect(toEpochDay(iso)).toBe(utc(iso).getTime() / 86_400_000);
        }),
      );
      fc.assert(
        fc.property(fc.integer({ min: -700_000, max: 700_000 }), (n) =>
          expect(toEpochDay(fromEpochDay(n))).toBe(n),
        ),
      );
    });

    it('addDays agrees with UTC arithmetic and is invertible', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (iso, days) => {
          const moved = addDays(iso, days);
          expect(moved).toBe(isoOf(new Date(utc(iso).getTime() + days * 86_400_000)));
          expect(addDays(moved, -days)).toBe(iso);
          expect(daysBetween(iso, moved)).toBe(days);
        }),
      );
    });

    it('addMonthsClamped and lastDayInForce agree with a naive month-by-month reference', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (iso, months) => {
          expect(addMonthsClamped(iso, months)).toBe(naiveAddMonths(iso, months));
        }),
      );
      fc.assert(
        fc.property(isoDate, fc.integer({ min: 1, max: 240 }), (start, months) => {
          const end = lastDayInForce(start, months);
          expect(end).toBe(naiveLastDayInForce(start, months));
          expect(end >= start).toBe(true);
        }),
      );
    });

    it('gives the same answers whatever the process time zone', () => {
      const saved = process.env.TZ;
      const run = (iso: string, n: number) => [
        addDays(iso, n),
        addMonthsClamped(iso, n),
        lastDayInForce(iso, Math.abs(n) + 1),
        toEpochDay(iso),
      ];
      try {
        fc.assert(
          fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (iso, n) => {
            process.env.TZ = 'UTC';
            const inUtc = run(iso, n);
            process.env.TZ = 'Pacific/Kiritimati';
            const inKiritimati = run(iso, n);
            process.env.TZ = 'America/Adak';
            expect(run(iso, n)).toEqual(inUtc);
            expect(inKiritimati).toEqual(inUtc);
          }),
          { numRuns: 200 },
        );
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  });
});
