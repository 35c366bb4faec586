import { ConventionDocument, Party } from '../conventions/convention';
import { COMPLIANCE_MESSAGE_KEYS, ComplianceFacts, ComplianceItem } from './compliance-item';
import { COMPLIANCE_RULES } from './compliance-rule';
import { evaluateCompliance } from './evaluate-compliance';

const vlg = (overrides: Partial<ConventionDocument> = {}): ConventionDocument => ({
  reference: 'VLG-TIZNIT-2023',
  title: 'Protocole Villeneuve-la-Garenne – Tiznit',
  instrument: 'protocole',
  object: 'Dispositif conjoint de coopération décentralisée',
  effectiveOn: '2023-01-03',
  parties: [
    {
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      deliberationOn: '2022-12-15',
      signedOn: null,
      prefectureTransmissionOn: '2023-01-03',
    },
    { name: 'Tiznit', country: 'MA', deliberationOn: '2021-09-20', signedOn: null },
  ],
  clauses: {
    term: { start: 'effective_date', durationMonths: 36 },
    renewal: { mode: 'tacit' },
    termination: { anyTime: true, noticeMonths: 3 },
    actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1 },
    committee: {
      minMeetingsPerYear: 1,
      minutesSignatories: ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'],
    },
  },
  ...overrides,
});
const NO_FACTS: ComplianceFacts = { deadlines: [] };
const rule = (items: ComplianceItem[], name: string) => items.filter((item) => item.rule === name);
const one = (items: ComplianceItem[], name: string) => {
  const found = rule(items, name);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('evaluateCompliance', () => {
  it('Villeneuve-la-Garenne – Tiznit in June 2026', () => {
    const items = evaluateCompliance(vlg(), '2026-06-15', {
      deadlines: [{ kind: 'action_plan', dueOn: '2025-12-31', status: 'done' }],
      unsignedMinutes: 1,
    });
    expect(
      items.map(({ rule, ok, messageKey, params }) => [rule, ok, messageKey.split('.').pop(), params]),
    ).toEqual([
      [
        'deliberation_before_signature',
        true,
        'pending_signature',
        { party: 'Villeneuve-la-Garenne', deliberationOn: '2022-12-15' },
      ],
      ['signatures_recorded', false, 'missing', { party: 'Villeneuve-la-Garenne' }],
      ['signatures_recorded', false, 'missing', { party: 'Tiznit' }],
      [
        'prefecture_transmission',
        true,
        'ok',
        { party: 'Villeneuve-la-Garenne', transmittedOn: '2023-01-03' },
      ],
      ['object_stated', true, 'ok', {}],
      ['financial_commitment_stated', false, 'missing', {}],
      ['action_plan_current_year', true, 'done', { year: 2026 }],
      ['committee_meeting_current_year', true, 'pending', { year: 2026, dueOn: '2026-12-31' }],
      ['minutes_signed', false, 'unsigned', { count: 1 }],
      ['evaluation_current_year', true, 'not_applicable', {}],
    ]);
  });

  it('message keys are compliance.<rule>.<outcome>, all of them known', () => {
    const items = evaluateCompliance(vlg(), '2026-06-15', NO_FACTS);
    for (const item of items) {
      expect(item.messageKey.startsWith(`compliance.${item.rule}.`)).toBe(true);
      expect(COMPLIANCE_MESSAGE_KEYS).toContain(item.messageKey);
    }
    expect(new Set(items.map((item) => item.rule))).toEqual(new Set(COMPLIANCE_RULES));
  });

  describe('French parties (CGCT art. L1115-1)', () => {
    const withParty = (party: Partial<Party>) =>
      vlg({
        parties: [
          { name: 'Antony', country: 'FR', ...party },
          { name: 'Taroudant', country: 'MA', signedOn: '2024-02-02' },
        ],
      });

    it.each<[string, Partial<Party>, boolean, string]>([
      ['deliberation before signature', { deliberationOn: '2023-12-18', signedOn: '2024-02-02' }, true, 'ok'],
      [
        'deliberation on the day of signature',
        { deliberationOn: '2024-02-02', signedOn: '2024-02-02' },
        true,
        'ok',
      ],
      [
        'deliberation after signature',
        { deliberationOn: '2024-03-01', signedOn: '2024-02-02' },
        false,
        'after_signature',
      ],
      ['no deliberation', { signedOn: '2024-02-02' }, false, 'missing'],
      ['no deliberation and not signed yet', {}, false, 'missing'],
    ])('%s', (_, party, ok, outcome) => {
      const item = one(
        evaluateCompliance(withParty(party), '2024-06-01', NO_FACTS),
        'deliberation_before_signature',
      );
      expect([item.ok, item.messageKey]).toEqual([ok, `compliance.deliberation_before_signature.${outcome}`]);
      expect(item.params.party).toBe('Antony');
    });

    it('prefecture transmission missing makes it not executory', () => {
      const item = one(
        evaluateCompliance(withParty({ deliberationOn: '2023-12-18' }), '2024-06-01', NO_FACTS),
        'prefecture_transmission',
      );
      expect(item).toEqual({
        rule: 'prefecture_transmission',
        ok: false,
        messageKey: 'compliance.prefecture_transmission.missing',
        params: { party: 'Antony' },
      });
    });

    it('one item per French party; country codes in any case', () => {
      const chambery = vlg({
        parties: [
          {
            name: 'Chambéry',
            country: 'FR',
            deliberationOn: '2023-09-25',
            signedOn: '2023-10-20',
            prefectureTransmissionOn: '2023-10-27',
          },
          { name: 'Grand Chambéry', country: 'fr', signedOn: '2023-10-20' },
          { name: 'Taroudant', country: 'MA', signedOn: '2023-10-25' },
        ],
      });
      const items = evaluateCompliance(chambery, '2024-01-10', NO_FACTS);
      expect(rule(items, 'deliberation_before_signature').map((i) => [i.params.party, i.ok])).toEqual([
        ['Chambéry', true],
        ['Grand Chambéry', false],
      ]);
      expect(rule(items, 'prefecture_transmission').map((i) => [i.params.party, i.ok])).toEqual([
        ['Chambéry', true],
        ['Grand Chambéry', false],
      ]);
      expect(rule(items, 'signatures_recorded').every((i) => i.ok)).toBe(true);
    });

    it('no French party: not applicable', () => {
      const items = evaluateCompliance(
        vlg({
          parties: [
            { name: 'Tiznit', country: 'MA' },
            { name: 'Taroudant', country: 'MA' },
          ],
        }),
        '2024-01-10',
        NO_FACTS,
      );
      expect(one(items, 'deliberation_before_signature')).toMatchObject({
        ok: true,
        messageKey: 'compliance.deliberation_before_signature.not_applicable',
      });
      expect(one(items, 'prefecture_transmission')).toMatchObject({
        ok: true,
        messageKey: 'compliance.prefecture_transmission.not_applicable',
      });
    });
  });

  it('object and financial commitments', () => {
    const items = evaluateCompliance(
      vlg({
        object: '  ',
        financialCommitments: [
          { party: 'Villeneuve-la-Garenne', amount: 15000, currency: 'EUR', year: 2024 },
        ],
      }),
      '2024-01-10',
      NO_FACTS,
    );
    expect(one(items, 'object_stated').ok).toBe(false);
    expect(one(items, 'financial_commitment_stated')).toMatchObject({ ok: true, params: { count: 1 } });
  });

  describe("this year's obligations", () => {
    it('an overdue action plan not done is not ok', () => {
      const item = one(evaluateCompliance(vlg(), '2026-06-15', NO_FACTS), 'action_plan_current_year');
      expect(item).toEqual({
        rule: 'action_plan_current_year',
        ok: false,
        messageKey: 'compliance.action_plan_current_year.overdue',
        params: { year: 2026, dueOn: '2025-12-31' },
      });
    });

    it('a waived deadline counts as closed; a stale "due" status does not hide lateness', () => {
      const waived = evaluateCompliance(vlg(), '2026-06-15', {
        deadlines: [{ kind: 'action_plan', dueOn: '2025-12-31', status: 'waived' }],
      });
      expect(one(waived, 'action_plan_current_year').messageKey).toBe(
        'compliance.action_plan_current_year.done',
      );
      const stale = evaluateCompliance(vlg(), '2026-06-15', {
        deadlines: [{ kind: 'action_plan', dueOn: '2025-12-31', status: 'due' }],
      });
      expect(one(stale, 'action_plan_current_year').ok).toBe(false);
    });

    it('the first year’s plan, due before the start, is not required', () => {
      const item = one(evaluateCompliance(vlg(), '2023-06-15', NO_FACTS), 'action_plan_current_year');
      expect(item).toMatchObject({
        ok: true,
        messageKey: 'compliance.action_plan_current_year.none_this_year',
        params: { year: 2023 },
      });
    });

    it('committee meetings: a missed half-year is overdue, a held one pending the next', () => {
      const twice = vlg({ clauses: { ...vlg().clauses, committee: { minMeetingsPerYear: 2 } } });
      expect(
        one(evaluateCompliance(twice, '2026-07-15', NO_FACTS), 'committee_meeting_current_year'),
      ).toMatchObject({
        ok: false,
        params: { year: 2026, dueOn: '2026-06-30' },
      });
      const held = evaluateCompliance(twice, '2026-07-15', {
        deadlines: [{ kind: 'committee_meeting', dueOn: '2026-06-30', status: 'done' }],
      });
      expect(one(held, 'committee_meeting_current_year')).toMatchObject({
        ok: true,
        messageKey: 'compliance.committee_meeting_current_year.pending',
        params: { dueOn: '2026-12-31' },
      });
      const both = evaluateCompliance(twice, '2026-12-31', {
        deadlines: [
          { kind: 'committee_meeting', dueOn: '2026-06-30', status: 'done' },
          { kind: 'committee_meeting', dueOn: '2026-12-31', status: 'done' },
        ],
      });
      expect(one(both, 'committee_meeting_current_year')).toMatchObject({
        ok: true,
        messageKey: 'compliance.committee_meeting_current_year.done',
      });
    });

    it('minutes: signed or not required', () => {
      expect(
        one(evaluateCompliance(vlg(), '2026-06-15', { deadlines: [], unsignedMinutes: 0 }), 'minutes_signed')
          .messageKey,
      ).toBe('compliance.minutes_signed.ok');
      expect(one(evaluateCompliance(vlg(), '2026-06-15', NO_FACTS), 'minutes_signed').ok).toBe(true);
      const noSignatories = vlg({ clauses: { ...vlg().clauses, committee: { minMeetingsPerYear: 1 } } });
      expect(
        one(
          evaluateCompliance(noSignatories, '2026-06-15', { deadlines: [], unsignedMinutes: 3 }),
          'minutes_signed',
        ).messageKey,
      ).toBe('compliance.minutes_signed.not_applicable');
    });

    it('minutes: before any meeting was held, "no meeting yet", not "all signed"', () => {
      const none = one(
        evaluateCompliance(vlg(), '2026-06-15', {
          deadlines: [],
          unsignedMinutes: 0,
          meetingsWithMinutes: 0,
        }),
        'minutes_signed',
      );
      expect(none).toMatchObject({ ok: true, messageKey: 'compliance.minutes_signed.no_meeting_yet' });
      const held = one(
        evaluateCompliance(vlg(), '2026-06-15', {
          deadlines: [],
          unsignedMinutes: 0,
          meetingsWithMinutes: 2,
        }),
        'minutes_signed',
      );
      expect(held.messageKey).toBe('compliance.minutes_signed.ok');
    });

    it('evaluation at term: pending in its year, none the year before', () => {
      const antony = vlg({
        effectiveOn: null,
        clauses: {
          term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
          evaluation: { atTerm: true },
        },
      });
      expect(
        one(evaluateCompliance(antony, '2026-01-15', NO_FACTS), 'evaluation_current_year'),
      ).toMatchObject({
        ok: true,
        messageKey: 'compliance.evaluation_current_year.pending',
        params: { year: 2026, dueOn: '2026-02-01' },
      });
      expect(
        one(evaluateCompliance(antony, '2025-06-01', NO_FACTS), 'evaluation_current_year').messageKey,
      ).toBe('compliance.evaluation_current_year.none_this_year');
      expect(
        one(evaluateCompliance(antony, '2026-02-02', NO_FACTS), 'evaluation_current_year').messageKey,
      ).toBe('compliance.evaluation_current_year.not_in_force');
    });

    it('only while in force', () => {
      const items = evaluateCompliance(vlg({ effectiveOn: null }), '2026-06-15', {
        deadlines: [],
        unsignedMinutes: 2,
      });
      for (const name of ['action_plan_current_year', 'committee_meeting_current_year', 'minutes_signed']) {
        expect(one(items, name)).toMatchObject({ ok: true, messageKey: `compliance.${name}.not_in_force` });
      }
      const terminated = evaluateCompliance(vlg({ terminatedOn: '2025-03-31' }), '2026-06-15', NO_FACTS);
      expect(one(terminated, 'action_plan_current_year').messageKey).toBe(
        'compliance.action_plan_current_year.not_in_force',
      );
    });
  });
});
