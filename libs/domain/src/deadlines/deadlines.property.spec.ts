import fc from 'fast-check';
import { Clauses, MEETINGS_PER_YEAR, RenewalMode } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { addDays, formatIsoDate, toEpochDay } from '../shared/calendar-date';
import { termAt, termChainOf } from '../terms/term-chain';
import { computeDeadlines } from './compute-deadlines';

const isoDate = (min: number, max: number) =>
  fc
    .integer({ min: toEpochDay(`${min}-01-01`), max: toEpochDay(`${max}-12-31`) })
    .map((n) => addDays('1970-01-01', n));

const optionalMonths = fc.option(fc.integer({ min: 0, max: 12 }), { freq: 2 });
const convention = fc
  .record({
    startsOn: isoDate(1995, 2040),
    durationMonths: fc.integer({ min: 1, max: 72 }),
    indefinite: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    mode: fc.constantFrom<RenewalMode>('tacit', 'tacit', 'express', 'after_evaluation', 'none'),
    periodMonths: fc.option(fc.integer({ min: 1, max: 48 })),
    maxRenewals: fc.option(fc.integer({ min: 0, max: 8 })),
    renewalNotice: optionalMonths,
    terminationNoticeDays: fc.option(fc.integer({ min: 1, max: 200 })),
    evaluation: fc.record({
      annual: fc.boolean(),
      beforeRenewal: fc.boolean(),
      atTerm: fc.boolean(),
      leadMonths: optionalMonths,
    }),
    actionPlan: fc.option(
      fc.record({
        deadlineMonth: fc.integer({ min: 1, max: 12 }),
        deadlineDay: fc.integer({ min: 1, max: 31 }),
        yearOffset: fc.integer({ min: -1, max: 1 }),
      }),
    ),
    meetings: fc.option(fc.constantFrom(...MEETINGS_PER_YEAR)),
    terminatedAfterDays: fc.option(fc.integer({ min: -10, max: 8000 }), { freq: 3 }),
  })
  .map((c): ConventionDocument => {
    const clauses: Clauses = {
      term: {
        start: 'fixed_date',
        startDate: c.startsOn,
        durationMonths: c.durationMonths,
        indefinite: c.indefinite,
      },
      renewal: c.indefinite
        ? null
        : {
            mode: c.mode,
            periodMonths: c.periodMonths,
            maxRenewals: c.maxRenewals,
            noticeMonths: c.renewalNotice,
          },
      termination: { anyTime: true, noticeDays: c.terminationNoticeDays },
      evaluation: c.evaluation,
      actionPlan: c.actionPlan,
      committee: c.meetings === null ? null : { minMeetingsPerYear: c.meetings },
    };
    return {
      reference: 'P',
      title: 'P',
      instrument: 'other',
      parties: [],
      clauses,
      terminatedOn: c.terminatedAfterDays === null ? null : addDays(c.startsOn, c.terminatedAfterDays),
    };
  });
const windowOf = fc
  .tuple(isoDate(1990, 2060), fc.integer({ min: 0, max: 3000 }))
  .map(([from, span]) => ({ from, to: addDays(from, span) }));

describe('deadlines: properties', () => {
  it('are in the window, sorted, one per kind and date, none after a termination', () => {
    fc.assert(
      fc.property(convention, windowOf, (doc, window) => {
        const deadlines = computeDeadlines(doc, window);
        const keys = deadlines.map((d) => d.key);
        expect(new Set(keys).size).toBe(keys.length);
        deadlines.forEach((deadline, i) => {
          expect(deadline.key).toBe(`${deadline.kind}:${deadline.dueOn}`);
          expect(deadline.dueOn >= window.from && deadline.dueOn <= window.to).toBe(true);
          if (doc.terminatedOn) expect(deadline.dueOn <= doc.terminatedOn).toBe(true);
          if (i > 0) {
            const previous = deadlines[i - 1];
            expect(
              previous.dueOn < deadline.dueOn ||
                (previous.dueOn === deadline.dueOn && previous.kind < deadline.kind),
            ).toBe(true);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('a notice deadline is never after the last day in force of its term', () => {
    fc.assert(
      fc.property(convention, windowOf, (doc, window) => {
        const chain = termChainOf(doc)!;
        for (const deadline of computeDeadlines(doc, window)) {
          if (deadline.kind !== 'renewal_notice') continue;
          const term = termAt(chain, deadline.termIndex!)!;
          expect(term.followedByTacitRenewal).toBe(true);
          expect(deadline.dueOn <= term.lastDayInForce!).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('splitting the window changes nothing', () => {
    fc.assert(
      fc.property(convention, windowOf, fc.nat(), (doc, window, cut) => {
        const span = toEpochDay(window.to) - toEpochDay(window.from);
        const middle = addDays(window.from, span === 0 ? 0 : cut % span);
        const whole = computeDeadlines(doc, window);
        const parts = [
          ...computeDeadlines(doc, { from: window.from, to: middle }),
          ...computeDeadlines(doc, { from: addDays(middle, 1), to: window.to }),
        ];
        expect(parts).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same deadlines whatever the process time zone', () => {
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(convention, windowOf, (doc, window) => {
          process.env.TZ = 'UTC';
          const inUtc = computeDeadlines(doc, window);
          process.env.TZ = 'Pacific/Kiritimati';
          const inKiritimati = computeDeadlines(doc, window);
          process.env.TZ = 'America/Adak';
          expect(computeDeadlines(doc, window)).toEqual(inUtc);
          expect(inKiritimati).toEqual(inUtc);
        }),
        { numRuns: 100 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('terminates on windows reaching the end of the calendar', () => {
    const yearly = (extra: Clauses): ConventionDocument => ({
      reference: 'P',
      title: 'P',
      instrument: 'other',
      parties: [],
      clauses: { term: { start: 'fixed_date', startDate: '2024-02-29', durationMonths: 12 }, ...extra },
    });
    const tacit = computeDeadlines(
      yearly({
        renewal: { mode: 'tacit', noticeMonths: 1 },
        evaluation: { annual: true },
        actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1 },
      }),
      {
        from: '9990-01-01',
        to: '9999-12-31',
      },
    );
    expect(tacit.length).toBeGreaterThan(30);
    expect(tacit.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.dueOn) && d.dueOn <= '9999-12-31')).toBe(true);
    const indefinite = computeDeadlines(
      yearly({
        term: { start: 'fixed_date', startDate: '2024-01-01', indefinite: true },
        evaluation: { annual: true },
        committee: {},
      }),
      { from: '2024-01-01', to: '9999-12-31' },
    );
    expect(indefinite.filter((d) => d.kind === 'committee_meeting')).toHaveLength(9999 - 2024 + 1);
    expect(formatIsoDate({ year: 9999, month: 12, day: 31 })).toBe(indefinite[indefinite.length - 1].dueOn);
  });
});
