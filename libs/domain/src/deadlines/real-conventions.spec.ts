import { ConventionDocument } from '../conventions/convention';
import { deriveConventionStatus } from '../conventions/convention-status';
import { computeTerms } from '../terms/compute-terms';
import { summarizeTerms } from '../terms/term-summary';
import { computeDeadlines } from './compute-deadlines';
import { Deadline, DeadlineKind } from './deadline';

/** Expectations below are computed by hand from the texts in /work/shared/seeds. */
const vlgTiznit: ConventionDocument = {
  reference: 'VLG-TIZNIT-2023',
  title: 'Convention de coopération franco-marocaine Villeneuve-la-Garenne – Tiznit',
  instrument: 'protocole',
  language: 'fr',
  object: 'Dispositif conjoint de coopération décentralisée',
  effectiveOn: '2023-01-03',
  terminatedOn: null,
  parties: [
    {
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      level: 'commune',
      deliberationOn: '2022-12-15',
      signedOn: null,
      prefectureTransmissionOn: '2023-01-03',
    },
    { name: 'Tiznit', country: 'MA', level: 'commune', deliberationOn: '2021-09-20', signedOn: null },
  ],
  clauses: {
    term: { start: 'effective_date', durationMonths: 36, indefinite: false },
    renewal: { mode: 'tacit', periodMonths: 36, maxRenewals: null },
    termination: {
      anyTime: true,
      noticeMonths: 3,
      source: {
        article: '7',
        quote:
          "un terme pourra être mis à ce Protocole, à tout moment, dans le respect d'un préavis de trois mois.",
      },
    },
    actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1, approvedBy: 'committee' },
    committee: {
      name: 'Comité de pilotage',
      minMeetingsPerYear: 1,
      alternatingHost: true,
      decisionRule: 'unanimity',
      minutesSignatories: ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'],
    },
    amendment: { rule: 'avenant_signed_by_all' },
  },
};

const antonyTaroudant: ConventionDocument = {
  reference: 'ANTONY-TAROUDANT-2024',
  title: 'Convention de partenariat Antony – Taroudant',
  instrument: 'convention_partenariat',
  parties: [
    { name: 'Antony', country: 'FR', level: 'commune' },
    { name: 'Taroudant', country: 'MA', level: 'commune' },
  ],
  clauses: {
    term: { start: 'fixed_date', startDate: '2024-02-02', durationMonths: 24 },
    renewal: { mode: 'none' },
    evaluation: { atTerm: true },
    amendment: { rule: 'unanimity' },
  },
};

const chamberyTaroudant: ConventionDocument = {
  reference: 'CHAMBERY-TAROUDANT-2023',
  title: 'Accord de coopération Chambéry – Grand Chambéry – Taroudant',
  instrument: 'accord_cooperation',
  parties: [
    { name: 'Chambéry', country: 'FR', signedOn: '2023-10-20' },
    { name: 'Grand Chambéry', country: 'FR', level: 'intercommunalite', signedOn: '2023-10-20' },
    { name: 'Taroudant', country: 'MA', signedOn: '2023-10-25' },
  ],
  clauses: {
    term: { start: 'last_signature', indefinite: true },
    committee: { minMeetingsPerYear: 1 },
    amendment: { rule: 'common_agreement' },
  },
};

const on = (deadlines: Deadline[], kind: DeadlineKind) =>
  deadlines.filter((d) => d.kind === kind).map((d) => d.dueOn);

describe('Villeneuve-la-Garenne – Tiznit', () => {
  const deadlines = computeDeadlines(vlgTiznit, { from: '2023-01-01', to: '2029-12-31' });

  it('first term ends 2026-01-02, then renews tacitly every 3 years', () => {
    expect(
      computeTerms(vlgTiznit, { from: '2023-01-01', to: '2029-01-02' }).map((t) => [
        t.startsOn,
        t.lastDayInForce,
      ]),
    ).toEqual([
      ['2023-01-03', '2026-01-02'],
      ['2026-01-03', '2029-01-02'],
    ]);
    expect(summarizeTerms(vlgTiznit)).toEqual({ startsOn: '2023-01-03', endsOn: null, openEnded: true });
  });

  it('notice by 2025-10-02 (3 months before 2026-01-02), from the termination clause', () => {
    const notice = deadlines.find((d) => d.kind === 'renewal_notice');
    expect(notice).toMatchObject({
      dueOn: '2025-10-02',
      clause: 'termination',
      termIndex: 0,
      key: 'renewal_notice:2025-10-02',
    });
    expect(notice?.source?.article).toBe('7');
    expect(on(deadlines, 'renewal_notice')).toEqual(['2025-10-02', '2028-10-02']);
  });

  it('tacit renewal on 2026-01-03; next expiry 2029-01-02', () => {
    expect(on(deadlines, 'tacit_renewal')).toEqual(['2026-01-03', '2029-01-03']);
    expect(on(deadlines, 'expiry')).toEqual(['2026-01-02', '2029-01-02']);
  });

  it('the 2027 action plan is due by 2026-12-31; none due before the start', () => {
    const plans = deadlines.filter((d) => d.kind === 'action_plan');
    expect(plans.find((d) => d.planYear === 2027)?.dueOn).toBe('2026-12-31');
    expect(plans.map((d) => d.dueOn)).toEqual([
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
      '2029-12-31',
    ]);
  });

  it('the 2026 committee meeting is due by 2026-12-31', () => {
    expect(on(deadlines, 'committee_meeting')).toContain('2026-12-31');
    expect(on(deadlines, 'committee_meeting')).toEqual([
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
      '2029-12-31',
    ]);
  });

  it('the whole year 2026 in order', () => {
    expect(computeDeadlines(vlgTiznit, { from: '2026-01-01', to: '2026-12-31' }).map((d) => d.key)).toEqual([
      'expiry:2026-01-02',
      'tacit_renewal:2026-01-03',
      'action_plan:2026-12-31',
      'committee_meeting:2026-12-31',
    ]);
  });

  it('is in force (no signature dates, but the effective date is recorded)', () => {
    expect(deriveConventionStatus(vlgTiznit, '2022-12-31')).toBe('draft');
    expect(deriveConventionStatus(vlgTiznit, '2026-06-01')).toBe('in_force');
  });
});

describe('Antony – Taroudant', () => {
  it('2 years from 2024-02-02, evaluation at term: expiry and evaluation on 2026-02-01', () => {
    expect(
      computeDeadlines(antonyTaroudant, { from: '2024-01-01', to: '2030-12-31' }).map((d) => d.key),
    ).toEqual(['evaluation:2026-02-01', 'expiry:2026-02-01']);
    expect(summarizeTerms(antonyTaroudant)).toEqual({
      startsOn: '2024-02-02',
      endsOn: '2026-02-01',
      openEnded: false,
    });
  });

  it('in force until 2026-02-01, expired the next day', () => {
    expect(deriveConventionStatus(antonyTaroudant, '2024-02-01')).toBe('draft');
    expect(deriveConventionStatus(antonyTaroudant, '2024-02-02')).toBe('in_force');
    expect(deriveConventionStatus(antonyTaroudant, '2026-02-01')).toBe('in_force');
    expect(deriveConventionStatus(antonyTaroudant, '2026-02-02')).toBe('expired');
  });
});

describe('Chambéry – Taroudant (indefinite)', () => {
  it('never expires; the committee still meets yearly in 2040', () => {
    const deadlines = computeDeadlines(chamberyTaroudant, { from: '2023-01-01', to: '2040-12-31' });
    expect(on(deadlines, 'expiry')).toEqual([]);
    expect(on(deadlines, 'committee_meeting')).toHaveLength(18);
    expect(
      computeDeadlines(chamberyTaroudant, { from: '2040-01-01', to: '2040-12-31' }).map((d) => d.key),
    ).toEqual(['committee_meeting:2040-12-31']);
    expect(summarizeTerms(chamberyTaroudant)).toEqual({
      startsOn: '2023-10-25',
      endsOn: null,
      openEnded: true,
    });
    expect(deriveConventionStatus(chamberyTaroudant, '2040-06-15')).toBe('in_force');
  });

  it('starts on the last of the three signatures', () => {
    expect(
      on(computeDeadlines(chamberyTaroudant, { from: '2023-01-01', to: '2023-12-31' }), 'committee_meeting'),
    ).toEqual(['2023-12-31']);
    const unsigned = {
      ...chamberyTaroudant,
      parties: chamberyTaroudant.parties.map((p, i) => (i === 2 ? { ...p, signedOn: null } : p)),
    };
    expect(computeDeadlines(unsigned, { from: '2023-01-01', to: '2040-12-31' })).toEqual([]);
    expect(deriveConventionStatus(unsigned, '2024-01-01')).toBe('awaiting_signatures');
  });
});
