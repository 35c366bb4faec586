import fc from 'fast-check';
import { Clauses, RenewalMode } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { addDays, formatIsoDate, lastDayInForce } from '../shared/calendar-date';
import { computeTerms } from './compute-terms';
import { iterateTerms } from './iterate-terms';
import { summarizeTerms } from './term-summary';

const isoDate = (min = 1990, max = 2060) =>
  fc
    .record({
      year: fc.integer({ min, max }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) =>
      formatIsoDate({
        year,
        month,
        day: Math.min(
          day,
          [
            31,
            year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
          ][month - 1],
        ),
      }),
    );

const convention = fc
  .record({
    startsOn: isoDate(),
    durationMonths: fc.integer({ min: 1, max: 120 }),
    indefinite: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    mode: fc.constantFrom<RenewalMode>('tacit', 'tacit', 'express', 'after_evaluation', 'none'),
    periodMonths: fc.option(fc.integer({ min: 1, max: 60 })),
    maxRenewals: fc.option(fc.integer({ min: 0, max: 12 })),
    terminatedAfterDays: fc.option(fc.integer({ min: -30, max: 20_000 }), { freq: 3 }),
  })
  .map(({ startsOn, durationMonths, indefinite, mode, periodMonths, maxRenewals, terminatedAfterDays }) => {
    const clauses: Clauses = {
      term: { start: 'fixed_date', startDate: startsOn, durationMonths, indefinite },
      renewal: indefinite ? { mode: 'none' } : { mode, periodMonths, maxRenewals },
    };
    const doc: ConventionDocument = {
      reference: 'P',
      title: 'P',
      instrument: 'other',
      parties: [],
      clauses,
      terminatedOn: terminatedAfterDays === null ? null : addDays(startsOn, terminatedAfterDays),
    };
    return doc;
  });

/** The rule of docs/deadline-rules.md#tacit-renewal applied one term at a time, with no skipping. */
function* naiveTerms(doc: ConventionDocument) {
  const { term, renewal } = doc.clauses;
  let startsOn = term!.startDate!;
  const terminatedOn = doc.terminatedOn ?? null;
  if (terminatedOn && terminatedOn < startsOn) return;
  const tacit = renewal?.mode === 'tacit' && !term!.indefinite;
  for (let index = 0; ; index += 1) {
    const months = index === 0 ? term!.durationMonths! : (renewal?.periodMonths ?? term!.durationMonths!);
    const natural = term!.indefinite ? null : lastDayInForce(startsOn, months);
    if (terminatedOn && (natural === null || terminatedOn <= natural)) {
      yield [startsOn, terminatedOn];
      return;
    }
    yield [startsOn, natural];
    if (!tacit || (renewal?.maxRenewals != null && index >= renewal.maxRenewals)) return;
    startsOn = addDays(natural!, 1);
  }
}

describe('terms: properties', () => {
  it('a term never ends before it starts, and consecutive terms touch without gap or overlap', () => {
    fc.assert(
      fc.property(convention, isoDate(1990, 2100), fc.integer({ min: 0, max: 6000 }), (doc, from, span) => {
        const terms = computeTerms(doc, { from, to: addDays(from, span) });
        terms.forEach((term, i) => {
          if (term.lastDayInForce) expect(term.lastDayInForce >= term.startsOn).toBe(true);
          if (i > 0) {
            expect(term.index).toBe(terms[i - 1].index + 1);
            expect(term.startsOn).toBe(addDays(terms[i - 1].lastDayInForce!, 1));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('skipping ahead gives exactly the terms of the step-by-step chain', () => {
    fc.assert(
      fc.property(convention, (doc) => {
        const expected: Array<[string, string | null]> = [];
        for (const span of naiveTerms(doc)) {
          expected.push(span as [string, string | null]);
          if (expected.length === 60) break;
        }
        const actual: Array<[string, string | null]> = [];
        for (const term of iterateTerms(doc)) {
          actual.push([term.startsOn, term.lastDayInForce]);
          if (actual.length === 60) break;
        }
        expect(actual).toEqual(expected);
        if (expected.length === 0) return;
        // Starting anywhere in the chain lands on the term in force that day.
        const pick = expected[Math.floor(expected.length / 2)];
        const day = pick[1] ?? pick[0];
        const first = iterateTerms(doc, day).next().value;
        expect(first && [first.startsOn, first.lastDayInForce]).toEqual(pick);
      }),
      { numRuns: 400 },
    );
  });

  it('the summary spans from the first start to the last end', () => {
    fc.assert(
      fc.property(convention, (doc) => {
        const summary = summarizeTerms(doc);
        const all: Array<Array<string | null>> = [];
        for (const span of naiveTerms(doc)) if (all.push(span) === 20) break;
        if (all.length === 0)
          return expect(summary).toEqual({ startsOn: null, endsOn: null, openEnded: false });
        expect(summary.startsOn).toBe(all[0][0]);
        if (!summary.openEnded && summary.endsOn && all.length < 20)
          expect(summary.endsOn).toBe(all[all.length - 1][1]);
        if (summary.endsOn) expect(summary.endsOn >= summary.startsOn!).toBe(true);
        expect(summary.openEnded).toBe(summary.endsOn === null);
      }),
      { numRuns: 300 },
    );
  });
});
