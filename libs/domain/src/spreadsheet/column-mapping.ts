import { foldAccents } from '../portfolio/imprecise-date';
import { TEMPLATE_COLUMNS, TemplateColumn } from './convention-row';

// Headers officers write for each field, accents and case ignored.
const SYNONYMS: Record<TemplateColumn, string[]> = {
  reference: ['reference', 'ref', 'numero', 'n°'],
  title: ['title', 'intitule', 'titre', 'nom de la convention'],
  instrument: ['instrument', 'type', 'nature', 'cadre juridique'],
  object: ['object', 'objet'],
  party1_name: ['party1_name', 'collectivite francaise', 'partenaire francais', 'collectivite', 'partie 1'],
  party1_country: ['party1_country', 'pays fr', 'pays 1', 'pays'],
  party1_level: ['party1_level', 'niveau fr', 'niveau 1'],
  party1_representative: ['party1_representative', 'representant fr', 'maire', 'signataire fr'],
  party1_deliberation_on: ['party1_deliberation_on', 'deliberation fr', 'date de deliberation'],
  party1_signed_on: ['party1_signed_on', 'signature fr', 'date de signature', 'signature'],
  party2_name: ['party2_name', 'partenaire', 'partenaire marocain', 'collectivite marocaine', 'partie 2'],
  party2_country: ['party2_country', 'pays ma', 'pays 2', 'pays partenaire'],
  party2_level: ['party2_level', 'niveau ma', 'niveau 2'],
  party2_representative: ['party2_representative', 'representant ma', 'president', 'signataire ma'],
  party2_deliberation_on: ['party2_deliberation_on', 'deliberation ma'],
  party2_signed_on: ['party2_signed_on', 'signature ma'],
  effective_on: ['effective_on', 'entree en vigueur', "date d'effet"],
  term_months: ['term_months', 'duree (mois)', 'duree'],
  renewal_mode: ['renewal_mode', 'reconduction', 'renouvellement'],
  renewal_period_months: ['renewal_period_months', 'periode de reconduction (mois)'],
  notice_months: ['notice_months', 'preavis (mois)', 'preavis'],
  committee_meetings_per_year: ['committee_meetings_per_year', 'reunions par an', 'comite par an'],
  action_plan_deadline: ['action_plan_deadline', "plan d'action avant le", "plan d'action"],
  amount: ['amount', 'montant', 'budget'],
  amount_party: ['amount_party', 'financeur', 'contributeur'],
  amount_year: ['amount_year', 'annee', 'exercice'],
};

const normaliseHeader = (header: string) => foldAccents(header).replace(/\s+/g, ' ').trim();

/** The column of the file each template field most likely is: exact names first, then synonyms. */
export function suggestMapping(headers: string[]): Partial<Record<TemplateColumn, string>> {
  const mapping: Partial<Record<TemplateColumn, string>> = {};
  const used = new Set<string>();
  for (const pass of [0, 1]) {
    for (const column of TEMPLATE_COLUMNS) {
      if (mapping[column]) continue;
      const candidates = pass === 0 ? [column] : SYNONYMS[column];
      const header = headers.find((name) => !used.has(name) && candidates.includes(normaliseHeader(name)));
      if (header) {
        mapping[column] = header;
        used.add(header);
      }
    }
  }
  return mapping;
}
