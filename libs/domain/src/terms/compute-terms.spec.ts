import { Clauses } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { DomainError } from '../shared/domain-error';
import { computeTerms } from './compute-terms';
import { iterateTerms } from './iterate-terms';
import { Term } from './term';
import { summarizeTerms } from './term-summary';

const doc = (clauses: Clauses, extra: Partial<ConventionDocument> = {}): ConventionDocument => ({
  reference: 'REF',
  title: 'Convention',
  instrument: 'protocole',
  parties: [
    { name: 'A', country: 'FR' },
    { name: 'B', country: 'MA' },
  ],
  clauses,
  ...extra,
});
const ALL = { from: '1900-01-01', to: '2999-12-31' };
const spans = (terms: Term[]) => terms.map((term) => [term.startsOn, term.lastDayInForce]);

describe('computeTerms', () => {
  it.each([
    ['2024-02-02', 24, '2026-02-01'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-01-31', 1, '2023-02-28'],
  ])('a term from %s for %i months lasts until %s', (startDate, durationMonths, end) => {
    const terms = computeTerms(doc({ term: { start: 'fixed_date', startDate, durationMonths } }), ALL);
    expect(terms).toEqual([
      {
        index: 0,
        startsOn: startDate,
        lastDayInForce: end,
        renewal: false,
        followedByTacitRenewal: false,
        mayBeRenewed: false,
      },
    ]);
  });

  it('has no term without a start', () => {
    expect(computeTerms(doc({ term: { start: 'effective_date', durationMonths: 36 } }), ALL)).toEqual([]);
    expect(summarizeTerms(doc({ term: { start: 'effective_date', durationMonths: 36 } }))).toEqual({
      startsOn: null,
      endsOn: null,
      openEnded: false,
    });
  });

  it('chains tacit renewals the day after each last day in force, for the first term length by default', () => {
    const vlg = doc(
      { term: { start: 'effective_date', durationMonths: 36 }, renewal: { mode: 'tacit' } },
      { effectiveOn: '2023-01-03' },
    );
    const terms = computeTerms(vlg, { from: '2023-01-01', to: '2032-01-03' });
    expect(spans(terms)).toEqual([
      ['2023-01-03', '2026-01-02'],
      ['2026-01-03', '2029-01-02'],
      ['2029-01-03', '2032-01-02'],
      ['2032-01-03', '2035-01-02'],
    ]);
    expect(
      terms.map((term) => [term.index, term.renewal, term.followedByTacitRenewal, term.mayBeRenewed]),
    ).toEqual([
      [0, false, true, true],
      [1, true, true, true],
      [2, true, true, true],
      [3, true, true, true],
    ]);
    expect(summarizeTerms(vlg)).toEqual({ startsOn: '2023-01-03', endsOn: null, openEnded: true });
  });

  it('uses periodMonths for renewals', () => {
    const terms = computeTerms(
      doc({
        term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
        renewal: { mode: 'tacit', periodMonths: 12 },
      }),
      { from: '2024-01-01', to: '2027-12-31' },
    );
    expect(spans(terms)).toEqual([
      ['2024-02-02', '2026-02-01'],
      ['2026-02-02', '2027-02-01'],
      ['2027-02-02', '2028-02-01'],
    ]);
  });

  it('keeps only the terms overlapping the window', () => {
    const vlg = doc(
      { term: { start: 'effective_date', durationMonths: 36 }, renewal: { mode: 'tacit' } },
      { effectiveOn: '2023-01-03' },
    );
    expect(spans(computeTerms(vlg, { from: '2026-01-02', to: '2026-01-03' }))).toEqual([
      ['2023-01-03', '2026-01-02'],
      ['2026-01-03', '2029-01-02'],
    ]);
    expect(spans(computeTerms(vlg, { from: '2026-01-03', to: '2029-01-02' }))).toEqual([
      ['2026-01-03', '2029-01-02'],
    ]);
    expect(computeTerms(vlg, { from: '2020-01-01', to: '2023-01-02' })).toEqual([]);
    expect(computeTerms(vlg, { from: '2030-01-01', to: '2029-01-01' })).toEqual([]);
  });

  it('stops after maxRenewals', () => {
    const convention = doc({
      term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
      renewal: { mode: 'tacit', maxRenewals: 2 },
    });
    const terms = computeTerms(convention, ALL);
    expect(spans(terms)).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-12-31'],
    ]);
    expect(terms.map((term) => term.followedByTacitRenewal)).toEqual([true, true, false]);
    expect(terms.map((term) => term.mayBeRenewed)).toEqual([true, true, false]);
    expect(summarizeTerms(convention)).toEqual({
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
      openEnded: false,
    });
  });

  it('maxRenewals 0 means no renewal', () => {
    const convention = doc({
      term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
      renewal: { mode: 'tacit', maxRenewals: 0 },
    });
    expect(spans(computeTerms(convention, ALL))).toEqual([['2024-01-01', '2024-12-31']]);
    expect(computeTerms(convention, ALL)[0].followedByTacitRenewal).toBe(false);
  });

  describe('a recorded termination', () => {
    const vlg = (terminatedOn: string) =>
      doc(
        { term: { start: 'effective_date', durationMonths: 36 }, renewal: { mode: 'tacit' } },
        { effectiveOn: '2023-01-03', terminatedOn },
      );

    it.each([
      ['in the first term', '2025-06-30', [['2023-01-03', '2025-06-30']]],
      ['on a last day in force', '2026-01-02', [['2023-01-03', '2026-01-02']]],
      [
        'on a renewal day',
        '2026-01-03',
        [
          ['2023-01-03', '2026-01-02'],
          ['2026-01-03', '2026-01-03'],
        ],
      ],
      [
        'in a renewed term',
        '2027-06-30',
        [
          ['2023-01-03', '2026-01-02'],
          ['2026-01-03', '2027-06-30'],
        ],
      ],
      ['on the start day', '2023-01-03', [['2023-01-03', '2023-01-03']]],
    ])('%s ends that term that day, with nothing after', (_, terminatedOn, expected) => {
      const terms = computeTerms(vlg(terminatedOn), ALL);
      expect(spans(terms)).toEqual(expected);
      const last = terms[terms.length - 1];
      expect([last.followedByTacitRenewal, last.mayBeRenewed]).toEqual([false, false]);
      expect(summarizeTerms(vlg(terminatedOn))).toEqual({
        startsOn: '2023-01-03',
        endsOn: terminatedOn,
        openEnded: false,
      });
    });

    it('before the start leaves no term', () => {
      const convention = doc(
        { term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 } },
        { terminatedOn: '2024-01-15' },
      );
      expect(computeTerms(convention, ALL)).toEqual([]);
      expect(summarizeTerms(convention)).toEqual({ startsOn: null, endsOn: null, openEnded: false });
    });

    it('after the natural end changes nothing', () => {
      const convention = doc(
        { term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 } },
        { terminatedOn: '2027-01-15' },
      );
      expect(spans(computeTerms(convention, ALL))).toEqual([['2024-02-02', '2026-02-01']]);
      expect(summarizeTerms(convention).endsOn).toBe('2026-02-01');
    });

    it('ends an indefinite convention', () => {
      const convention = doc(
        { term: { start: 'fixed_date', startDate: '2023-10-25', indefinite: true } },
        { terminatedOn: '2031-03-31' },
      );
      expect(spans(computeTerms(convention, ALL))).toEqual([['2023-10-25', '2031-03-31']]);
      expect(summarizeTerms(convention)).toEqual({
        startsOn: '2023-10-25',
        endsOn: '2031-03-31',
        openEnded: false,
      });
    });

    it('cuts a limited chain short', () => {
      const convention = doc(
        {
          term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
          renewal: { mode: 'tacit', maxRenewals: 5 },
        },
        { terminatedOn: '2025-03-31' },
      );
      expect(summarizeTerms(convention).endsOn).toBe('2025-03-31');
    });
  });

  it('an indefinite term has no last day in force', () => {
    const convention = doc({ term: { start: 'fixed_date', startDate: '2023-10-25', indefinite: true } });
    expect(computeTerms(convention, { from: '2040-01-01', to: '2040-12-31' })).toEqual([
      {
        index: 0,
        startsOn: '2023-10-25',
        lastDayInForce: null,
        renewal: false,
        followedByTacitRenewal: false,
        mayBeRenewed: false,
      },
    ]);
    expect(summarizeTerms(convention)).toEqual({ startsOn: '2023-10-25', endsOn: null, openEnded: true });
  });

  it('no term clause but an effectiveOn: in force with no known end', () => {
    expect(summarizeTerms(doc({}, { effectiveOn: '2023-01-03' }))).toEqual({
      startsOn: '2023-01-03',
      endsOn: null,
      openEnded: true,
    });
  });

  it.each(['express', 'after_evaluation'] as const)('%s renewal: one term that may be renewed', (mode) => {
    const convention = doc({
      term: { start: 'fixed_date', startDate: '2016-05-03', durationMonths: 60 },
      renewal: { mode },
    });
    expect(computeTerms(convention, ALL)).toEqual([
      {
        index: 0,
        startsOn: '2016-05-03',
        lastDayInForce: '2021-05-02',
        renewal: false,
        followedByTacitRenewal: false,
        mayBeRenewed: true,
      },
    ]);
    expect(summarizeTerms(convention)).toEqual({
      startsOn: '2016-05-03',
      endsOn: '2021-05-02',
      openEnded: false,
    });
  });

  it('skips ahead through unlimited monthly renewals instead of enumerating them', () => {
    const convention = doc({
      term: { start: 'fixed_date', startDate: '2023-01-31', durationMonths: 1 },
      renewal: { mode: 'tacit' },
    });
    const started = process.hrtime.bigint();
    const terms = computeTerms(convention, { from: '9000-03-15', to: '9000-05-15' });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
    expect(spans(terms)).toEqual([
      ['9000-03-01', '9000-03-31'],
      ['9000-04-01', '9000-04-30'],
      ['9000-05-01', '9000-05-31'],
    ]);
    // 2023-01-31 → 2023-02-28, then every renewal starts on the 1st.
    expect(spans(computeTerms(convention, { from: '2023-01-01', to: '2023-03-01' }))).toEqual([
      ['2023-01-31', '2023-02-28'],
      ['2023-03-01', '2023-03-31'],
    ]);
    expect(terms[0].index).toBe((9000 - 2023) * 12 + 1);
  });

  it('iterates lazily from the first term', () => {
    const convention = doc({
      term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
      renewal: { mode: 'tacit' },
    });
    const iterator = iterateTerms(convention);
    expect([iterator.next().value, iterator.next().value].map((term) => term?.startsOn)).toEqual([
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it.each([
    [
      { term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: -12 } },
      'clauses.term.durationMonths',
    ],
    [
      { term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 1.5 } },
      'clauses.term.durationMonths',
    ],
    [
      {
        term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
        renewal: { mode: 'tacit', periodMonths: 0 },
      },
      'clauses.renewal.periodMonths',
    ],
  ] as Array<[Clauses, string]>)('rejects impossible lengths (%#)', (clauses, field) => {
    expect(() => computeTerms(doc(clauses), ALL)).toThrow(
      expect.objectContaining({ code: 'invalid_input', field }) as DomainError,
    );
  });
});
