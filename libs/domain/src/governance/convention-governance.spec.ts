import { ConventionDocument } from '../conventions/convention';
import {
  computeConventionDeadlines,
  conventionGovernance,
  GovernanceFacts,
  NO_GOVERNANCE,
} from './convention-governance';
import { computeDeadlines } from '../deadlines/compute-deadlines';

const SIGNATORIES = ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'];
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
    actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1 },
    committee: { minMeetingsPerYear: 1, minutesSignatories: SIGNATORIES },
  },
};
const minutes = (overrides: Partial<GovernanceFacts['meetings'][number]['minutes'][number]> = {}) => ({
  id: 'pv-1',
  version: 1,
  createdOn: '2026-03-13',
  current: true,
  circulatedOn: null,
  signatures: [],
  ...overrides,
});
const signedBy = (...names: string[]) => names.map((signatory) => ({ signatory, signedOn: '2026-04-02' }));

describe('conventionGovernance', () => {
  it.each<[string, GovernanceFacts['meetings'][number]['minutes'], Array<[string, string[]]>, number]>([
    ['a meeting without minutes', [], [['2026-04-11', SIGNATORIES]], 1],
    [
      'minutes signed by one president',
      [minutes({ signatures: signedBy('Président de Tiznit') })],
      [['2026-04-11', ['Maire de Villeneuve-la-Garenne']]],
      1,
    ],
    ['executory minutes', [minutes({ signatures: signedBy(...SIGNATORIES) })], [['2026-04-11', []]], 0],
    [
      'a correction of executory minutes keeps both versions',
      [
        minutes({ signatures: signedBy(...SIGNATORIES), current: false }),
        minutes({ id: 'pv-2', version: 2, createdOn: '2026-05-20' }),
      ],
      [
        ['2026-04-11', []],
        ['2026-06-19', SIGNATORIES],
      ],
      1,
    ],
    [
      'a correction of circulated minutes replaces their deadline',
      [
        minutes({ circulatedOn: '2026-03-20', current: false }),
        minutes({ id: 'pv-2', version: 2, createdOn: '2026-05-20' }),
      ],
      [['2026-06-19', SIGNATORIES]],
      1,
    ],
  ])('minutes_signature: %s', (_, versions, expected, unsigned) => {
    const governance = conventionGovernance(vlg, {
      meetings: [{ id: 'm1', heldOn: '2026-03-12', minutes: versions }],
      amendments: [],
    });
    expect(governance.deadlines.map((d) => [d.dueOn, d.about?.missing])).toEqual(expected);
    expect(
      governance.deadlines.every((d) => d.kind === 'minutes_signature' && d.clause === 'committee'),
    ).toBe(true);
    expect(governance.unsignedMinutes).toBe(unsigned);
  });

  it('no minutes deadline when the committee clause names no signatory; future meetings are not unsigned yet', () => {
    const noSignatories = { ...vlg, clauses: { ...vlg.clauses, committee: { minMeetingsPerYear: 1 } } };
    expect(
      conventionGovernance(noSignatories, {
        meetings: [{ id: 'm', heldOn: '2026-03-12', minutes: [] }],
        amendments: [],
      }).deadlines,
    ).toEqual([]);
    expect(
      conventionGovernance(
        vlg,
        { meetings: [{ id: 'm', heldOn: '2026-12-12', minutes: [] }], amendments: [] },
        '2026-11-22',
      ).unsignedMinutes,
    ).toBe(0);
  });

  it('amendments: due 90 days after the proposal, in force once all approved, signatories as amended', () => {
    const facts: GovernanceFacts = {
      meetings: [{ id: 'm', heldOn: '2026-09-10', minutes: [] }],
      amendments: [
        {
          id: 'av-1',
          proposedOn: '2026-04-01',
          changes: { committee: { minutesSignatories: ['Président de Tiznit'] } },
          approvals: [
            { party: 'Villeneuve-la-Garenne', decision: 'approved', on: '2026-05-10' },
            { party: 'Tiznit', decision: 'approved', on: '2026-06-15' },
          ],
        },
        {
          id: 'av-2',
          proposedOn: '2026-07-01',
          changes: {},
          approvals: [{ party: 'Tiznit', decision: 'approved', on: '2026-07-02' }],
        },
      ],
    };
    const governance = conventionGovernance(vlg, facts);
    expect(governance.amendments).toEqual([
      { id: 'av-1', inForceOn: '2026-06-15', changes: facts.amendments[0].changes },
    ]);
    expect(governance.deadlines.map((d) => [d.kind, d.dueOn, d.about?.missing])).toEqual([
      ['amendment_approval', '2026-06-30', []],
      ['amendment_approval', '2026-09-29', ['Villeneuve-la-Garenne']],
      ['minutes_signature', '2026-10-10', ['Président de Tiznit']],
    ]);
  });
});

describe('computeConventionDeadlines', () => {
  it('without governance, is computeDeadlines', () => {
    const window = { from: '2025-01-01', to: '2027-12-31' };
    expect(computeConventionDeadlines(vlg, NO_GOVERNANCE, window)).toEqual(computeDeadlines(vlg, window));
  });

  it('merges governance deadlines in the window, sorted, none after a termination', () => {
    const governance = conventionGovernance(vlg, {
      meetings: [{ id: 'm1', heldOn: '2026-03-12', minutes: [] }],
      amendments: [],
    });
    const inWindow = computeConventionDeadlines(vlg, governance, { from: '2026-01-03', to: '2026-12-31' });
    expect(inWindow.map((d) => `${d.kind} ${d.dueOn}`)).toEqual([
      'tacit_renewal 2026-01-03',
      'minutes_signature 2026-04-11',
      'action_plan 2026-12-31',
      'committee_meeting 2026-12-31',
    ]);
    expect(
      computeConventionDeadlines(vlg, governance, { from: '2026-04-12', to: '2026-12-31' }).some(
        (d) => d.kind === 'minutes_signature',
      ),
    ).toBe(false);
    const terminated = { ...vlg, terminatedOn: '2026-04-01' };
    expect(
      computeConventionDeadlines(terminated, governance, { from: '2026-01-01', to: '2026-12-31' }).some(
        (d) => d.kind === 'minutes_signature',
      ),
    ).toBe(false);
  });
});
