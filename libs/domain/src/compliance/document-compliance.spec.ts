import fc from 'fast-check';
import { ConventionDocument, Party } from '../conventions/convention';
import { documentComplianceItems, evaluateCompliance } from './evaluate-compliance';

const DOCUMENT_RULES = [
  'deliberation_before_signature',
  'signatures_recorded',
  'prefecture_transmission',
  'object_stated',
  'financial_commitment_stated',
];

const date = fc.option(
  fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10)),
);
const party = fc.record({
  name: fc.constantFrom('Villeneuve-la-Garenne', 'Tiznit', 'Région Sud', 'Agadir'),
  country: fc.constantFrom('FR', 'MA', 'SN'),
  deliberationOn: date,
  signedOn: date,
  prefectureTransmissionOn: date,
}) as fc.Arbitrary<Party>;

const convention = fc
  .record({
    parties: fc.array(party, { minLength: 1, maxLength: 4 }),
    object: fc.constantFrom(undefined, '', '  ', 'Coopération décentralisée'),
    commitments: fc.integer({ min: 0, max: 2 }),
    startsOn: fc.integer({ min: 0, max: 3000 }),
    durationMonths: fc.integer({ min: 1, max: 72 }),
  })
  .map((c): ConventionDocument => ({
    reference: 'REF-1',
    title: 'Convention',
    instrument: 'convention_cadre',
    object: c.object,
    effectiveOn: new Date(Date.UTC(2016, 0, 1 + c.startsOn)).toISOString().slice(0, 10),
    parties: c.parties,
    financialCommitments: Array.from({ length: c.commitments }, () => ({
      party: 'Tiznit',
      amount: 1000,
      currency: 'EUR',
    })),
    clauses: {
      term: { start: 'effective_date', durationMonths: c.durationMonths },
      renewal: { mode: 'tacit' },
      termination: { anyTime: true, noticeMonths: 3 },
      actionPlan: { deadlineMonth: 3, deadlineDay: 31 },
      committee: { minMeetingsPerYear: 1 },
      evaluation: { annual: true },
    },
  }));

describe('documentComplianceItems', () => {
  it("is evaluateCompliance's document items, in the same order, on any day", () => {
    fc.assert(
      fc.property(convention, fc.integer({ min: 0, max: 5000 }), (doc, day) => {
        const today = new Date(Date.UTC(2014, 0, 1 + day)).toISOString().slice(0, 10);
        const whole = evaluateCompliance(doc, today, { deadlines: [], unsignedMinutes: 0 });
        expect(documentComplianceItems(doc)).toEqual(
          whole.filter((item) => DOCUMENT_RULES.includes(item.rule)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
