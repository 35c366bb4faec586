// The bench's generated data set for the web app (bench/web-render.ts): one French authority's
// conventions with Moroccan partners, the same on every run.
import { ConventionDocument } from '@passerelle/domain';

/** mulberry32: the same 2,000 conventions on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS = [
  'Taroudant',
  'Tiznit',
  'Chefchaouen',
  'Agadir',
  'Essaouira',
  'Fès',
  'Meknès',
  'Oujda',
  'Tétouan',
  'Safi',
];

/** Conventions of one French authority with Moroccan partners, started 2018–2026, all clause kinds. */
export function generate(count: number, organizationId: string): ConventionDocument[] {
  const random = prng(0x7a55e7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const partner = `${pick(PARTNERS)} ${index + 1}`;
    const start = `${2018 + Math.floor(random() * 9)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const mode = pick(['tacit', 'tacit', 'express', 'after_evaluation'] as const);
    const quote = (text: string) => ({ article: String(3 + Math.floor(random() * 9)), quote: text });
    return {
      reference: `BENCH-${String(index + 1).padStart(5, '0')}`,
      title: `Convention de coopération décentralisée Ville – ${partner}`,
      instrument: pick([
        'convention_cadre',
        'convention_partenariat',
        'accord_cooperation',
        'jumelage',
      ] as const),
      language: 'fr',
      object: 'Coopération dans les domaines de la culture, de la jeunesse et de l’environnement.',
      timeZone: 'Europe/Paris',
      financialCommitments:
        random() < 0.5 ? [{ party: 'Ville', amount: 10000, currency: 'EUR', year: 2025 }] : [],
      effectiveOn: null,
      terminatedOn: null,
      parties: [
        {
          name: 'Ville',
          country: 'FR',
          organizationId,
          level: 'commune',
          representative: 'Le Maire',
          representativeTitle: 'Maire',
          deliberationOn: random() < 0.8 ? start : null,
          signedOn: start,
          prefectureTransmissionOn: random() < 0.7 ? start : null,
        },
        { name: partner, country: 'MA', level: 'commune', signedOn: start },
      ],
      clauses: {
        term: {
          start: 'fixed_date',
          startDate: start,
          durationMonths: pick([12, 24, 36, 48, 60]),
          source: quote('La présente convention est conclue pour une durée déterminée.'),
        },
        renewal: {
          mode,
          periodMonths: null,
          maxRenewals: mode === 'tacit' ? pick([null, 1, 2]) : null,
          noticeMonths: mode === 'tacit' ? 3 : null,
          source: quote('Elle est renouvelable.'),
        },
        actionPlan: {
          deadlineMonth: 12,
          deadlineDay: 31,
          yearOffset: -1,
          approvedBy: 'committee',
          source: quote('Un programme d’actions annuel est arrêté avant le 31 décembre.'),
        },
        evaluation: {
          annual: random() < 0.5,
          beforeRenewal: false,
          atTerm: true,
          leadMonths: 3,
          source: quote('Une évaluation est conduite.'),
        },
        committee: {
          name: 'Comité de pilotage',
          minMeetingsPerYear: pick([1, 2]),
          alternatingHost: true,
          decisionRule: 'unanimity',
          minutesSignatories: ['Maire', 'Président'],
          source: quote('Un comité de pilotage se réunit.'),
        },
        amendment: { rule: 'unanimity', source: quote('Toute modification fait l’objet d’un avenant.') },
      },
    };
  });
}
