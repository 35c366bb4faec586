import { Clauses } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { DomainError } from '../shared/domain-error';
import { computeDeadlines } from './compute-deadlines';
import { Deadline, DeadlineKind } from './deadline';
import { noticeDeadline } from './notice-deadline';

const doc = (clauses: Clauses, extra: Partial<ConventionDocument> = {}): ConventionDocument => ({
  reference: 'REF',
  title: 'Convention',
  instrument: 'convention_partenariat',
  parties: [
    { name: 'Antony', country: 'FR' },
    { name: 'Taroudant', country: 'MA' },
  ],
  clauses,
  ...extra,
});
const ALL = { from: '1900-01-01', to: '2999-12-31' };
const TWO_YEARS = { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 } as const;
const THREE_YEARS_TACIT: Clauses = {
  term: { start: 'effective_date', durationMonths: 36 },
  renewal: { mode: 'tacit' },
};
const EFFECTIVE = { effectiveOn: '2023-01-03' };

const of = (deadlines: Deadline[], kind: DeadlineKind) =>
  deadlines.filter((d) => d.kind === kind).map((d) => d.dueOn);
const pairs = (deadlines: Deadline[]) => deadlines.map((d) => `${d.dueOn} ${d.kind}`);

describe('noticeDeadline (préavis)', () => {
  it.each([
    ['2026-01-02', { noticeMonths: 3 }, '2025-10-02'],
    ['2026-05-31', { noticeMonths: 3 }, '2026-02-28'],
    ['2024-05-31', { noticeMonths: 3 }, '2024-02-29'],
    ['2026-01-02', { noticeDays: 90 }, '2025-10-04'],
    ['2026-03-01', { noticeDays: 1 }, '2026-02-28'],
    ['2026-01-02', { noticeMonths: 0 }, '2026-01-02'],
    ['2026-01-02', { noticeMonths: null, noticeDays: null }, null],
    ['2026-01-02', null, null],
  ])('%s minus %j → %s', (day, notice, expected) => expect(noticeDeadline(day, notice)).toBe(expected));
});

describe('computeDeadlines (docs/deadline-rules.md)', () => {
  describe('expiry', () => {
    it.each([
      ['2024-02-02', 24, '2026-02-01'],
      ['2024-02-29', 24, '2026-02-28'],
      ['2023-03-31', 1, '2023-04-30'],
      ['2023-01-31', 1, '2023-02-28'],
    ])('a term from %s for %i months expires on %s', (startDate, durationMonths, end) => {
      const deadlines = computeDeadlines(
        doc({ term: { start: 'fixed_date', startDate, durationMonths } }),
        ALL,
      );
      expect(deadlines).toEqual([
        { kind: 'expiry', dueOn: end, key: `expiry:${end}`, source: null, clause: 'term', termIndex: 0 },
      ]);
    });

    it('is the last day in force of every term, renewals included', () => {
      expect(
        of(
          computeDeadlines(doc(THREE_YEARS_TACIT, EFFECTIVE), { from: '2023-01-01', to: '2032-12-31' }),
          'expiry',
        ),
      ).toEqual(['2026-01-02', '2029-01-02', '2032-01-02']);
    });

    it('carries the clause source', () => {
      const source = {
        article: '7',
        quote: 'La présente convention est signée pour une durée de 2 ans a compter du 2 février 2024.',
      };
      const [expiry] = computeDeadlines(doc({ term: { ...TWO_YEARS, source } }), ALL);
      expect(expiry.source).toEqual(source);
    });

    it('none without a start', () => {
      expect(computeDeadlines(doc({ term: { start: 'last_signature', durationMonths: 60 } }), ALL)).toEqual(
        [],
      );
    });
  });

  describe('renewal_notice', () => {
    it.each<[string, Clauses, string[]]>([
      [
        'from termination notice months',
        { ...THREE_YEARS_TACIT, termination: { anyTime: true, noticeMonths: 3 } },
        ['2025-10-02', '2028-10-02'],
      ],
      [
        'renewal notice wins over termination notice',
        {
          term: THREE_YEARS_TACIT.term,
          renewal: { mode: 'tacit', noticeMonths: 6 },
          termination: { noticeMonths: 3 },
        },
        ['2025-07-02', '2028-07-02'],
      ],
      [
        'renewal notice in days',
        { term: THREE_YEARS_TACIT.term, renewal: { mode: 'tacit', noticeDays: 60 } },
        ['2025-11-03', '2028-11-03'],
      ],
      [
        'termination notice in days',
        { ...THREE_YEARS_TACIT, termination: { noticeDays: 30 } },
        ['2025-12-03', '2028-12-03'],
      ],
      ['none without any notice', THREE_YEARS_TACIT, []],
      [
        'none without tacit renewal',
        { term: THREE_YEARS_TACIT.term, renewal: { mode: 'express', noticeMonths: 3 } },
        [],
      ],
    ])('%s', (_, clauses, expected) => {
      const deadlines = computeDeadlines(doc(clauses, EFFECTIVE), { from: '2023-01-01', to: '2029-06-30' });
      expect(of(deadlines, 'renewal_notice')).toEqual(expected);
    });

    it('clamps to the month end: a term ending 2026-05-31 with 3 months notice → 2026-02-28', () => {
      const convention = doc({
        term: { start: 'fixed_date', startDate: '2025-06-01', durationMonths: 12 },
        renewal: { mode: 'tacit', noticeMonths: 3, maxRenewals: 1 },
      });
      const deadlines = computeDeadlines(convention, ALL);
      expect(of(deadlines, 'renewal_notice')).toEqual(['2026-02-28']);
      expect(deadlines.find((d) => d.kind === 'renewal_notice')).toMatchObject({
        clause: 'renewal',
        termIndex: 0,
      });
    });

    it('not for the last term allowed by maxRenewals', () => {
      const convention = doc({
        term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 12 },
        renewal: { mode: 'tacit', maxRenewals: 2, noticeMonths: 1 },
      });
      expect(of(computeDeadlines(convention, ALL), 'renewal_notice')).toEqual(['2024-11-30', '2025-11-30']);
      expect(of(computeDeadlines(convention, ALL), 'tacit_renewal')).toEqual(['2025-01-01', '2026-01-01']);
      expect(of(computeDeadlines(convention, ALL), 'expiry')).toEqual([
        '2024-12-31',
        '2025-12-31',
        '2026-12-31',
      ]);
    });

    it('may fall before the window-relevant term starts (notice longer than a term)', () => {
      const convention = doc({
        term: { start: 'fixed_date', startDate: '2024-01-01', durationMonths: 1 },
        renewal: { mode: 'tacit', noticeMonths: 3 },
      });
      const deadlines = computeDeadlines(convention, { from: '2024-03-01', to: '2024-03-31' });
      // Term 2024-05 ends 2024-05-31: notice 2024-02-29 (outside); term 2024-06 notice 2024-03-30.
      expect(of(deadlines, 'renewal_notice')).toEqual(['2024-03-30']);
    });
  });

  describe('tacit_renewal', () => {
    it('is the first day of each renewed term', () => {
      const deadlines = computeDeadlines(doc(THREE_YEARS_TACIT, EFFECTIVE), {
        from: '2023-01-01',
        to: '2032-12-31',
      });
      expect(of(deadlines, 'tacit_renewal')).toEqual(['2026-01-03', '2029-01-03', '2032-01-03']);
      expect(deadlines.find((d) => d.kind === 'tacit_renewal')).toMatchObject({
        clause: 'renewal',
        termIndex: 1,
      });
    });
  });

  describe('renewal_decision', () => {
    it.each(['express', 'after_evaluation'] as const)(
      '%s: on the last day in force, with no renewal assumed',
      (mode) => {
        const deadlines = computeDeadlines(doc({ term: TWO_YEARS, renewal: { mode } }), ALL);
        expect(pairs(deadlines)).toEqual(['2026-02-01 expiry', '2026-02-01 renewal_decision']);
      },
    );

    it.each([
      ['tacit', { mode: 'tacit' as const, maxRenewals: 1 }],
      ['none', { mode: 'none' as const }],
      ['express with maxRenewals 0', { mode: 'express' as const, maxRenewals: 0 }],
    ])('not for %s', (_, renewal) => {
      expect(of(computeDeadlines(doc({ term: TWO_YEARS, renewal }), ALL), 'renewal_decision')).toEqual([]);
    });
  });

  describe('evaluation', () => {
    it.each<[string, Clauses, string[]]>([
      [
        'annual: the day before each anniversary of the term start',
        { term: TWO_YEARS, evaluation: { annual: true } },
        ['2025-02-01', '2026-02-01'],
      ],
      ['atTerm: the last day in force', { term: TWO_YEARS, evaluation: { atTerm: true } }, ['2026-02-01']],
      [
        'annual + atTerm on the same day: one deadline',
        { term: TWO_YEARS, evaluation: { annual: true, atTerm: true } },
        ['2025-02-01', '2026-02-01'],
      ],
      [
        'beforeRenewal with express renewal, default lead 3 months',
        { term: TWO_YEARS, renewal: { mode: 'express' }, evaluation: { beforeRenewal: true } },
        ['2025-11-01'],
      ],
      [
        'beforeRenewal with leadMonths 6',
        {
          term: TWO_YEARS,
          renewal: { mode: 'after_evaluation' },
          evaluation: { beforeRenewal: true, leadMonths: 6 },
        },
        ['2025-08-01'],
      ],
      ['beforeRenewal without renewal: none', { term: TWO_YEARS, evaluation: { beforeRenewal: true } }, []],
      [
        'beforeRenewal with tacit renewal: each renewable term',
        { term: TWO_YEARS, renewal: { mode: 'tacit', maxRenewals: 1 }, evaluation: { beforeRenewal: true } },
        ['2025-11-01'],
      ],
      [
        'annual on a 29 February start',
        {
          term: { start: 'fixed_date', startDate: '2024-02-29', durationMonths: 24 },
          evaluation: { annual: true },
        },
        ['2025-02-28', '2026-02-28'],
      ],
      [
        'annual over a 30-month term: whole years only',
        { term: { ...TWO_YEARS, durationMonths: 30 }, evaluation: { annual: true } },
        ['2025-02-01', '2026-02-01'],
      ],
      [
        'annual restarts with each renewed term',
        {
          term: { ...TWO_YEARS, durationMonths: 18 },
          renewal: { mode: 'tacit', maxRenewals: 1 },
          evaluation: { annual: true },
        },
        ['2025-02-01', '2026-08-01'],
      ],
    ])('%s', (_, clauses, expected) => {
      const deadlines = computeDeadlines(doc(clauses), ALL);
      expect(of(deadlines, 'evaluation')).toEqual(expected);
      expect(deadlines.filter((d) => d.kind === 'evaluation').every((d) => d.clause === 'evaluation')).toBe(
        true,
      );
    });

    it('Dijon–Chefchaouen: annual and before renewal over 5 years from the last signature', () => {
      const dijon = doc(
        {
          term: { start: 'last_signature', durationMonths: 60 },
          renewal: { mode: 'express' },
          evaluation: { annual: true, beforeRenewal: true },
        },
        {
          parties: [
            { name: 'Dijon', country: 'FR', deliberationOn: '2016-03-21', signedOn: '2016-04-12' },
            { name: 'Chefchaouen', country: 'MA', signedOn: '2016-05-03' },
          ],
        },
      );
      expect(pairs(computeDeadlines(dijon, ALL))).toEqual([
        '2017-05-02 evaluation',
        '2018-05-02 evaluation',
        '2019-05-02 evaluation',
        '2020-05-02 evaluation',
        '2021-02-02 evaluation',
        '2021-05-02 evaluation',
        '2021-05-02 expiry',
        '2021-05-02 renewal_decision',
      ]);
    });
  });

  describe('action_plan', () => {
    const plan = (deadlineMonth: number, deadlineDay: number, yearOffset?: number): Clauses => ({
      term: TWO_YEARS,
      actionPlan: { deadlineMonth, deadlineDay, yearOffset },
    });

    it.each<[string, Clauses, Array<[string, number]>]>([
      [
        'offset -1: by 31 December of the year before; the first year’s plan, due before the start, is dropped',
        plan(12, 31, -1),
        [
          ['2024-12-31', 2025],
          ['2025-12-31', 2026],
        ],
      ],
      [
        'offset 0: in the plan’s own year, for every year in force',
        plan(3, 31),
        [
          ['2024-03-31', 2024],
          ['2025-03-31', 2025],
          ['2026-03-31', 2026],
        ],
      ],
      [
        'offset 0 before the start in the first year: dropped',
        plan(1, 31),
        [
          ['2025-01-31', 2025],
          ['2026-01-31', 2026],
        ],
      ],
      [
        'offset +1',
        plan(2, 15, 1),
        [
          ['2025-02-15', 2024],
          ['2026-02-15', 2025],
          ['2027-02-15', 2026],
        ],
      ],
      [
        '29 February clamped in common years',
        plan(2, 29, -1),
        [
          ['2024-02-29', 2025],
          ['2025-02-28', 2026],
        ],
      ],
      [
        '31 clamped to 30 in a 30-day month',
        plan(6, 31),
        [
          ['2024-06-30', 2024],
          ['2025-06-30', 2025],
          ['2026-06-30', 2026],
        ],
      ],
    ])('%s', (_, clauses, expected) => {
      const deadlines = computeDeadlines(doc(clauses), ALL).filter((d) => d.kind === 'action_plan');
      expect(deadlines.map((d) => [d.dueOn, d.planYear])).toEqual(expected);
      expect(deadlines[0]).toMatchObject({
        clause: 'actionPlan',
        termIndex: null,
        period: { from: `${expected[0][1]}-01-01`, to: `${expected[0][1]}-12-31` },
      });
    });

    it('no plan without a start', () => {
      expect(
        computeDeadlines(
          doc({ ...plan(12, 31, -1), term: { start: 'effective_date', durationMonths: 24 } }),
          ALL,
        ),
      ).toEqual([]);
    });

    it('rejects an impossible month', () => {
      expect(() => computeDeadlines(doc(plan(13, 1)), ALL)).toThrow(DomainError);
    });
  });

  describe('committee_meeting', () => {
    const committee = (
      k: number | undefined,
      term = { start: 'fixed_date' as const, startDate: '2024-01-01', durationMonths: 36 },
    ) => doc({ term, committee: { name: 'Comité de pilotage', minMeetingsPerYear: k } });
    const in2025 = { from: '2025-01-01', to: '2025-12-31' };

    it.each<[number | undefined, string[]]>([
      [undefined, ['2025-12-31']],
      [1, ['2025-12-31']],
      [2, ['2025-06-30', '2025-12-31']],
      [3, ['2025-04-30', '2025-08-31', '2025-12-31']],
      [4, ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']],
      [6, ['2025-02-28', '2025-04-30', '2025-06-30', '2025-08-31', '2025-10-31', '2025-12-31']],
      [
        12,
        [
          '2025-01-31',
          '2025-02-28',
          '2025-03-31',
          '2025-04-30',
          '2025-05-31',
          '2025-06-30',
          '2025-07-31',
          '2025-08-31',
          '2025-09-30',
          '2025-10-31',
          '2025-11-30',
          '2025-12-31',
        ],
      ],
    ])('k = %s cuts the year into equal parts', (k, expected) => {
      expect(of(computeDeadlines(committee(k), in2025), 'committee_meeting')).toEqual(expected);
    });

    it('gives the part of the year each meeting belongs to', () => {
      const [first, second] = computeDeadlines(committee(2), in2025);
      expect(first).toMatchObject({
        kind: 'committee_meeting',
        dueOn: '2025-06-30',
        clause: 'committee',
        period: { from: '2025-01-01', to: '2025-06-30' },
      });
      expect(second.period).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    });

    it('k = 12 in a leap year ends February on the 29th', () => {
      expect(
        of(computeDeadlines(committee(12), { from: '2024-02-01', to: '2024-02-29' }), 'committee_meeting'),
      ).toEqual(['2024-02-29']);
    });

    it('skips parts before the start and ends with the last day in force', () => {
      const midYear = committee(4, { start: 'fixed_date', startDate: '2024-05-15', durationMonths: 12 });
      expect(of(computeDeadlines(midYear, ALL), 'committee_meeting')).toEqual([
        '2024-06-30',
        '2024-09-30',
        '2024-12-31',
        '2025-03-31',
        '2025-05-14',
      ]);
    });

    it('k = 1 in a year the convention ends: due on its last day in force', () => {
      expect(
        of(
          computeDeadlines(doc({ term: TWO_YEARS, committee: { minMeetingsPerYear: 1 } }), ALL),
          'committee_meeting',
        ),
      ).toEqual(['2024-12-31', '2025-12-31', '2026-02-01']);
    });

    it.each([0, 5, 7, 24])('k = %i is refused, naming the field', (k) => {
      expect(() => computeDeadlines(committee(k), in2025)).toThrow(
        expect.objectContaining({
          code: 'invalid_input',
          field: 'clauses.committee.minMeetingsPerYear',
        }) as DomainError,
      );
    });
  });

  describe('termination', () => {
    const vlg = (terminatedOn: string) =>
      doc(
        {
          ...THREE_YEARS_TACIT,
          termination: { anyTime: true, noticeMonths: 3 },
          actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1 },
          committee: { minMeetingsPerYear: 1 },
          evaluation: { annual: true },
        },
        { ...EFFECTIVE, terminatedOn },
      );

    it('nothing after the termination; the term ends that day', () => {
      const deadlines = computeDeadlines(vlg('2027-06-30'), ALL);
      expect(deadlines.every((d) => d.dueOn <= '2027-06-30')).toBe(true);
      expect(of(deadlines, 'expiry')).toEqual(['2026-01-02', '2027-06-30']);
      expect(of(deadlines, 'tacit_renewal')).toEqual(['2026-01-03']);
      expect(of(deadlines, 'renewal_notice')).toEqual(['2025-10-02']);
      expect(of(deadlines, 'committee_meeting')).toEqual([
        '2023-12-31',
        '2024-12-31',
        '2025-12-31',
        '2026-12-31',
        '2027-06-30',
      ]);
      expect(of(deadlines, 'action_plan')).toEqual(['2023-12-31', '2024-12-31', '2025-12-31', '2026-12-31']);
    });

    it('during the first term: no renewal, no notice for it', () => {
      const deadlines = computeDeadlines(vlg('2025-12-15'), ALL);
      expect(of(deadlines, 'renewal_notice')).toEqual([]);
      expect(of(deadlines, 'tacit_renewal')).toEqual([]);
      expect(of(deadlines, 'expiry')).toEqual(['2025-12-15']);
      expect(deadlines[deadlines.length - 1].dueOn).toBe('2025-12-15');
    });
  });

  describe('indefinite conventions', () => {
    const chambery = doc({
      term: { start: 'fixed_date', startDate: '2023-10-25', indefinite: true },
      committee: { minMeetingsPerYear: 2 },
      evaluation: { annual: true },
    });

    it('keep their yearly obligations without ever expiring', () => {
      expect(pairs(computeDeadlines(chambery, { from: '2040-01-01', to: '2040-12-31' }))).toEqual([
        '2040-06-30 committee_meeting',
        '2040-10-24 evaluation',
        '2040-12-31 committee_meeting',
      ]);
      const all = computeDeadlines(chambery, { from: '2023-01-01', to: '2100-12-31' });
      expect(of(all, 'expiry')).toEqual([]);
      expect(of(all, 'evaluation')).toHaveLength(77);
    });
  });

  describe('the window', () => {
    const convention = doc({ ...THREE_YEARS_TACIT, termination: { noticeMonths: 3 } }, EFFECTIVE);

    it('is inclusive at both ends', () => {
      expect(pairs(computeDeadlines(convention, { from: '2025-10-02', to: '2026-01-03' }))).toEqual([
        '2025-10-02 renewal_notice',
        '2026-01-02 expiry',
        '2026-01-03 tacit_renewal',
      ]);
      expect(computeDeadlines(convention, { from: '2025-10-03', to: '2026-01-01' })).toEqual([]);
    });

    it('is empty when from is after to', () => {
      expect(computeDeadlines(convention, { from: '2026-01-03', to: '2025-10-02' })).toEqual([]);
    });

    it('bounds the work on unlimited renewals, far in the future', () => {
      const monthly = doc({
        term: { start: 'fixed_date', startDate: '2024-01-31', durationMonths: 1 },
        renewal: { mode: 'tacit', noticeDays: 10 },
        committee: {},
      });
      const started = process.hrtime.bigint();
      const deadlines = computeDeadlines(monthly, { from: '8000-01-01', to: '8000-03-31' });
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
      expect(pairs(deadlines)).toEqual([
        '8000-01-01 tacit_renewal',
        '8000-01-21 renewal_notice',
        '8000-01-31 expiry',
        '8000-02-01 tacit_renewal',
        '8000-02-19 renewal_notice',
        '8000-02-29 expiry',
        '8000-03-01 tacit_renewal',
        '8000-03-21 renewal_notice',
        '8000-03-31 expiry',
      ]);
    });
  });

  it('sorts by date then kind, one deadline per kind and date, with stable keys', () => {
    const deadlines = computeDeadlines(
      doc({
        term: TWO_YEARS,
        renewal: { mode: 'after_evaluation' },
        evaluation: { annual: true, atTerm: true, beforeRenewal: true, leadMonths: 0 },
        committee: {},
      }),
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(deadlines.map((d) => d.key)).toEqual([
      'committee_meeting:2026-02-01',
      'evaluation:2026-02-01',
      'expiry:2026-02-01',
      'renewal_decision:2026-02-01',
    ]);
  });
});
