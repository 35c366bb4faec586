import { ConventionDocument } from '@passerelle/domain';

let sequence = 0;

/** A valid Villeneuve-la-Garenne – Tiznit-like document; override what the test is about. */
export function aConvention(overrides: Partial<ConventionDocument> = {}): ConventionDocument {
  sequence += 1;
  return {
    reference: `TEST-${process.pid}-${sequence}`,
    title: 'Convention de coopération franco-marocaine Villeneuve-la-Garenne – Tiznit',
    instrument: 'protocole',
    language: 'fr',
    object: 'Dispositif conjoint de coopération décentralisée',
    timeZone: 'Europe/Paris',
    financialCommitments: [{ party: 'Villeneuve-la-Garenne', amount: 15000, currency: 'EUR', year: 2024 }],
    effectiveOn: '2023-01-03',
    terminatedOn: null,
    parties: [
      {
        name: 'Villeneuve-la-Garenne',
        country: 'FR',
        level: 'commune',
        representative: 'Pascal Pelain',
        representativeTitle: 'Maire',
        deliberationOn: '2022-12-15',
        signedOn: null,
        prefectureTransmissionOn: '2023-01-03',
      },
      {
        name: 'Tiznit',
        country: 'MA',
        level: 'commune',
        representative: 'Abdellah Ghazi',
        representativeTitle: 'Président',
        deliberationOn: '2021-09-20',
        signedOn: null,
      },
    ],
    clauses: {
      term: { start: 'effective_date', durationMonths: 36 },
      renewal: { mode: 'tacit', periodMonths: 36, maxRenewals: null },
      termination: {
        anyTime: true,
        noticeMonths: 3,
        source: { article: '7', quote: 'préavis de trois mois' },
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
    ...overrides,
  };
}
