import { ConventionDocument, Party } from '../conventions/convention';
import { executorySides, statusNotes } from '../conventions/executory-sides';
import { validateConvention } from '../conventions/validate-convention';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { resolveTermStart } from '../terms/term-start';
import { ComplianceItem } from './compliance-item';
import { evaluateCompliance } from './evaluate-compliance';

const doc = (parties: Party[], overrides: Partial<ConventionDocument> = {}): ConventionDocument => ({
  reference: 'X',
  title: 'X',
  instrument: 'protocole',
  object: 'coopération',
  parties,
  clauses: { term: { start: 'after_approvals', durationMonths: 36 } },
  ...overrides,
});
const fr = (party: Partial<Party> = {}): Party => ({
  name: 'Villeneuve-la-Garenne',
  country: 'FR',
  ...party,
});
const ma = (party: Partial<Party> = {}): Party => ({ name: 'Tiznit', country: 'MA', ...party });
const pick = (items: ComplianceItem[], rule: string) =>
  items
    .filter((item) => item.rule === rule)
    .map((item) => [item.ok, item.messageKey.split('.').pop(), item.params]);

describe('term start after_approvals (CONTRACT §7)', () => {
  it.each<[string, Party[], string | null]>([
    ['no signature, no visa', [fr(), ma()], null],
    ['both signed, visa missing', [fr({ signedOn: '2023-02-01' }), ma({ signedOn: '2023-02-10' })], null],
    ['visa, one signature missing', [fr(), ma({ signedOn: '2023-02-10', visaOn: '2023-03-01' })], null],
    [
      'the visa last',
      [fr({ signedOn: '2023-02-01' }), ma({ signedOn: '2023-02-10', visaOn: '2023-03-01' })],
      '2023-03-01',
    ],
    [
      'a signature last',
      [fr({ signedOn: '2023-04-01' }), ma({ signedOn: '2023-02-10', visaOn: '2023-03-01' })],
      '2023-04-01',
    ],
    [
      'no Moroccan party: the last signature',
      [fr({ signedOn: '2023-04-01' }), fr({ name: 'B', signedOn: '2023-04-05' })],
      '2023-04-05',
    ],
    [
      'two Moroccan parties: every visa',
      [
        fr({ signedOn: '2023-01-01' }),
        ma({ signedOn: '2023-01-01', visaOn: '2023-02-01' }),
        ma({ name: 'Souss-Massa', signedOn: '2023-01-01' }),
      ],
      null,
    ],
  ])('%s', (_label, parties, expected) => {
    expect(resolveTermStart(doc(parties))).toBe(expected);
  });

  it('brings no term deadline while the visa is missing, and the full term once it is recorded', () => {
    const window = { from: '2020-01-01', to: '2030-12-31' };
    const signed = [fr({ signedOn: '2023-02-01' }), ma({ signedOn: '2023-02-10' })];
    expect(computeDeadlines(doc(signed), window).filter((d) => d.kind === 'expiry')).toEqual([]);
    const visaed = [signed[0], { ...signed[1], visaOn: '2023-03-01' }];
    expect(
      computeDeadlines(doc(visaed), window)
        .filter((d) => d.kind === 'expiry')
        .map((d) => d.dueOn),
    ).toEqual(['2026-02-28']);
  });
});

describe('Moroccan rules (lois organiques 113-14, 112-14, 111-14)', () => {
  it('checks each Moroccan party: deliberation, then visa', () => {
    const items = evaluateCompliance(
      doc([
        fr({ deliberationOn: '2022-12-15', signedOn: '2023-02-01' }),
        ma({
          deliberationOn: '2021-09-20',
          signedOn: '2023-02-10',
          visaOn: '2023-03-01',
          visaAuthority: 'governor',
        }),
        ma({ name: 'Souss-Massa', level: 'region', signedOn: '2023-02-10' }),
      ]),
      '2023-06-01',
      { deadlines: [] },
    );
    expect(pick(items, 'ma_deliberation')).toEqual([
      [true, 'ok', { party: 'Tiznit', deliberationOn: '2021-09-20', signedOn: '2023-02-10' }],
      [false, 'missing', { party: 'Souss-Massa' }],
    ]);
    expect(pick(items, 'ma_visa')).toEqual([
      [true, 'ok', { party: 'Tiznit', visaOn: '2023-03-01', authority: 'governor' }],
      [false, 'missing', { party: 'Souss-Massa' }],
    ]);
  });

  it('flags a deliberation after the signature', () => {
    const items = evaluateCompliance(
      doc([fr(), ma({ deliberationOn: '2023-03-01', signedOn: '2023-02-10' })]),
      '2023-06-01',
      {
        deadlines: [],
      },
    );
    expect(pick(items, 'ma_deliberation')).toEqual([
      [false, 'after_signature', { party: 'Tiznit', deliberationOn: '2023-03-01', signedOn: '2023-02-10' }],
    ]);
  });

  it('is not applicable without a Moroccan party', () => {
    const items = evaluateCompliance(doc([fr(), fr({ name: 'B' })]), '2023-06-01', { deadlines: [] });
    expect(pick(items, 'ma_deliberation')).toEqual([[true, 'not_applicable', {}]]);
    expect(pick(items, 'ma_visa')).toEqual([[true, 'not_applicable', {}]]);
  });

  it('refuses a visa before the deliberation, or on a French party (400 naming the field)', () => {
    expect(
      validateConvention(doc([fr(), ma({ deliberationOn: '2023-03-01', visaOn: '2023-02-01' })])),
    ).toEqual([
      {
        field: 'parties[1].visaOn',
        message: "the visa cannot precede the council's deliberation (2023-03-01)",
      },
    ]);
    expect(validateConvention(doc([fr({ visaOn: '2023-02-01' }), ma()])).map((p) => p.field)).toEqual([
      'parties[0].visaOn',
    ]);
  });

  it('refuses a name carrying a bidi control character, accepts names in both scripts', () => {
    expect(validateConvention(doc([fr(), ma({ name: 'Tiznit \u202Eتيزنيت' })])).map((p) => p.field)).toEqual([
      'parties[1].name',
    ]);
    expect(validateConvention(doc([fr(), ma({ name: 'Tiznit – تيزنيت' })]))).toEqual([]);
  });
});

describe('French rules beyond the deliberation', () => {
  it('prefecture_review: the window closes two months after the receipt (CGCT L2131-6)', () => {
    const parties = [
      fr({ prefectureTransmissionOn: '2023-01-03', prefectureReceiptNumber: '092-21920-DE' }),
      ma(),
    ];
    expect(
      pick(evaluateCompliance(doc(parties), '2023-03-03', { deadlines: [] }), 'prefecture_review'),
    ).toEqual([
      [
        true,
        'open',
        {
          party: 'Villeneuve-la-Garenne',
          transmittedOn: '2023-01-03',
          closesOn: '2023-03-03',
          receipt: '092-21920-DE',
        },
      ],
    ]);
    expect(
      pick(evaluateCompliance(doc(parties), '2023-03-04', { deadlines: [] }), 'prefecture_review')[0][1],
    ).toBe('closed');
    expect(
      pick(evaluateCompliance(doc([fr(), ma()]), '2023-03-04', { deadlines: [] }), 'prefecture_review'),
    ).toEqual([[false, 'not_transmitted', { party: 'Villeneuve-la-Garenne' }]]);
  });

  it('prefecture_review deadline: one per French transmission, the closing day clamped to the month', () => {
    const parties = [fr({ prefectureTransmissionOn: '2023-12-31' }), ma()];
    const found = computeDeadlines(doc(parties), { from: '2020-01-01', to: '2030-01-01' }).filter(
      (deadline) => deadline.kind === 'prefecture_review',
    );
    expect(found.map((deadline) => deadline.dueOn)).toEqual(['2024-02-29']);
  });

  it('no_foreign_state: a foreign State party fails L1115-5; a French ministry does not', () => {
    const state = evaluateCompliance(
      doc([fr(), { name: 'Royaume du Maroc', country: 'MA', level: 'state' }]),
      '2023-01-01',
      {
        deadlines: [],
      },
    );
    expect(pick(state, 'no_foreign_state')).toEqual([
      [false, 'foreign_state', { party: 'Royaume du Maroc', country: 'MA' }],
    ]);
    const french = evaluateCompliance(
      doc([fr(), { name: 'MEAE', country: 'FR', level: 'state' }, ma()]),
      '2023-01-01',
      {
        deadlines: [],
      },
    );
    expect(pick(french, 'no_foreign_state')).toEqual([[true, 'ok', {}]]);
  });
});

describe('minutes: no meeting yet is not "all signed"', () => {
  const inForce = doc(
    [fr({ signedOn: '2023-01-01' }), ma({ signedOn: '2023-01-01', visaOn: '2023-01-02' })],
    {
      clauses: {
        term: { start: 'after_approvals', durationMonths: 36 },
        committee: { minMeetingsPerYear: 1, minutesSignatories: ['A', 'B'] },
      },
    },
  );
  it.each<[number | undefined, number, string]>([
    [0, 0, 'no_meeting_yet'],
    [2, 0, 'ok'],
    [2, 1, 'unsigned'],
    [undefined, 0, 'ok'],
  ])('meetings with minutes %s, unsigned %s → %s', (meetingsWithMinutes, unsignedMinutes, outcome) => {
    const items = evaluateCompliance(inForce, '2024-06-01', {
      deadlines: [],
      meetingsWithMinutes,
      unsignedMinutes,
    });
    expect(pick(items, 'minutes_signed')[0][1]).toBe(outcome);
  });
});

describe('executory on each side', () => {
  it('may be executory in France and not yet in Morocco', () => {
    const parties = [
      fr({ signedOn: '2023-02-01', prefectureTransmissionOn: '2023-02-05' }),
      ma({ signedOn: '2023-02-10' }),
    ];
    expect(executorySides({ parties }, '2023-06-01')).toEqual([
      { country: 'FR', executory: true, executoryOn: '2023-02-10', missing: [] },
      { country: 'MA', executory: false, executoryOn: null, missing: [{ party: 'Tiznit', step: 'visa' }] },
    ]);
    expect(statusNotes({ parties }, '2023-06-01')).toEqual([{ code: 'not_executory', country: 'MA' }]);
  });

  it('says which signatures are missing, even when the dates make it in force', () => {
    const parties = [fr({ prefectureTransmissionOn: '2023-01-03' }), ma({ visaOn: '2023-01-10' })];
    expect(statusNotes({ parties }, '2024-01-01')).toEqual([
      { code: 'signatures_missing', parties: ['Villeneuve-la-Garenne', 'Tiznit'] },
      { code: 'not_executory', country: 'FR' },
      { code: 'not_executory', country: 'MA' },
    ]);
  });
});
