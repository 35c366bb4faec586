import { ConventionDocument } from '../conventions/convention';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { applyClauseChanges, clausesInForceOn, validateClauseChanges } from './clause-changes';
import { computeDeadlinesWithAmendments } from './compute-deadlines-with-amendments';

const vlg: ConventionDocument = {
  reference: 'VLG-TIZNIT-2023',
  title: 'Villeneuve-la-Garenne – Tiznit',
  instrument: 'protocole',
  effectiveOn: '2023-01-03',
  parties: [
    { name: 'Villeneuve-la-Garenne', country: 'FR' },
    { name: 'Tiznit', country: 'MA' },
  ],
  clauses: {
    term: { start: 'effective_date', durationMonths: 36 },
    renewal: { mode: 'tacit' },
    termination: { anyTime: true, noticeMonths: 3 },
    actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1 },
    committee: {
      minMeetingsPerYear: 1,
      alternatingHost: true,
      minutesSignatories: ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'],
    },
    amendment: { rule: 'avenant_signed_by_all' },
  },
};
const window = { from: '2025-06-01', to: '2027-06-30' };
const brief = (deadlines: Array<{ kind: string; dueOn: string }>) =>
  deadlines.map((d) => `${d.kind} ${d.dueOn}`);

describe('clause changes', () => {
  it('merge field by field; null removes a clause', () => {
    const clauses = applyClauseChanges(vlg.clauses, {
      committee: { minMeetingsPerYear: 2 },
      termination: null,
    });
    expect(clauses.committee).toEqual({ ...vlg.clauses.committee, minMeetingsPerYear: 2 });
    expect(clauses.termination).toBeUndefined();
    expect(vlg.clauses.termination).toBeDefined();
  });

  it('the clauses in force on a day apply the amendments in force by then, in date order', () => {
    const amendments = [
      { id: 'b', inForceOn: '2026-09-01', changes: { committee: { minMeetingsPerYear: 4 } } },
      {
        id: 'a',
        inForceOn: '2026-06-15',
        changes: { committee: { minMeetingsPerYear: 2, decisionRule: 'majority' as const } },
      },
    ];
    expect(clausesInForceOn(vlg, amendments, '2026-06-14').committee?.minMeetingsPerYear).toBe(1);
    expect(clausesInForceOn(vlg, amendments, '2026-06-15').committee).toMatchObject({
      minMeetingsPerYear: 2,
      decisionRule: 'majority',
    });
    expect(clausesInForceOn(vlg, amendments, '2026-09-01').committee).toMatchObject({
      minMeetingsPerYear: 4,
      decisionRule: 'majority',
    });
  });

  it.each([
    [{}, 'changes'],
    [{ committee: { minMeetingsPerYear: 5 } }, 'changes.committee.minMeetingsPerYear'],
    [{ evaluation: { annual: true } }, null],
    [{ renewal: { noticeMonths: 3, noticeDays: 30 } }, 'changes.renewal.noticeDays'],
  ])('validates %j as the convention would read (%s)', (changes, field) => {
    const problems = validateClauseChanges(vlg, changes);
    expect(problems.map((problem) => problem.field)[0] ?? null).toBe(field);
  });

  it('a clause the convention lacks must be given whole', () => {
    const withoutPlan = { ...vlg, clauses: { ...vlg.clauses, actionPlan: undefined } };
    expect(
      validateClauseChanges(withoutPlan, { actionPlan: { deadlineMonth: 6 } }).map((p) => p.field),
    ).toEqual(['changes.actionPlan.deadlineDay']);
  });
});

describe('computeDeadlinesWithAmendments', () => {
  it('without amendments, is computeDeadlines', () => {
    expect(computeDeadlinesWithAmendments(vlg, [], window)).toEqual(computeDeadlines(vlg, window));
  });

  it('keeps the old clauses before the entry into force and applies the new ones from that day', () => {
    const amendment = {
      id: 'avenant-1',
      inForceOn: '2026-06-15',
      changes: { committee: { minMeetingsPerYear: 2 }, actionPlan: { deadlineMonth: 10, deadlineDay: 31 } },
    };
    expect(brief(computeDeadlines(vlg, window))).toEqual([
      'renewal_notice 2025-10-02',
      'action_plan 2025-12-31',
      'committee_meeting 2025-12-31',
      'expiry 2026-01-02',
      'tacit_renewal 2026-01-03',
      'action_plan 2026-12-31',
      'committee_meeting 2026-12-31',
    ]);
    const amended = computeDeadlinesWithAmendments(vlg, [amendment], window);
    expect(brief(amended)).toEqual([
      'renewal_notice 2025-10-02',
      'action_plan 2025-12-31',
      'committee_meeting 2025-12-31',
      'expiry 2026-01-02',
      'tacit_renewal 2026-01-03',
      'committee_meeting 2026-06-30',
      'action_plan 2026-10-31',
      'committee_meeting 2026-12-31',
      'committee_meeting 2027-06-30',
    ]);
    expect(amended.find((d) => d.kind === 'action_plan' && d.dueOn === '2026-10-31')?.planYear).toBe(2027);
  });

  it('an amendment in force on a deadline’s own day governs it', () => {
    const amendment = {
      id: 'a',
      inForceOn: '2025-12-31',
      changes: { actionPlan: { deadlineMonth: 11, deadlineDay: 30 } },
    };
    expect(
      brief(
        computeDeadlinesWithAmendments(vlg, [amendment], { from: '2025-01-01', to: '2026-12-31' }),
      ).filter((d) => d.startsWith('action_plan')),
    ).toEqual(['action_plan 2026-11-30']);
  });

  it('changes to the term move later term deadlines only', () => {
    const amendment = { id: 'a', inForceOn: '2027-01-10', changes: { renewal: { periodMonths: 24 } } };
    const before = computeDeadlines(vlg, { from: '2026-01-01', to: '2032-12-31' }).filter(
      (d) => d.kind === 'expiry',
    );
    const after = computeDeadlinesWithAmendments(vlg, [amendment], {
      from: '2026-01-01',
      to: '2032-12-31',
    }).filter((d) => d.kind === 'expiry');
    expect(brief(before)).toEqual(['expiry 2026-01-02', 'expiry 2029-01-02', 'expiry 2032-01-02']);
    expect(brief(after)).toEqual([
      'expiry 2026-01-02',
      'expiry 2028-01-02',
      'expiry 2030-01-02',
      'expiry 2032-01-02',
    ]);
  });
});
