import { ClauseName, Clauses, ConventionDocument, FinancialCommitment, Party } from './types';

export const INSTRUMENTS = [
  'convention_cadre',
  'convention_partenariat',
  'accord_cooperation',
  'protocole',
  'jumelage',
  'charte',
  'pacte_amitie',
  'other',
] as const satisfies ReadonlyArray<ConventionDocument['instrument']>;

export const PARTY_LEVELS = [
  'commune',
  'intercommunalite',
  'departement',
  'region',
  'province',
  'prefecture',
  'other',
] as const satisfies ReadonlyArray<NonNullable<Party['level']>>;

/** How often a committee may be required to meet in a year (the API's list). */
export const MEETINGS_PER_YEAR = [1, 2, 3, 4, 6, 12] as const satisfies ReadonlyArray<
  NonNullable<NonNullable<Clauses['committee']>['minMeetingsPerYear']>
>;

/** The item of `list` a select chose (its options are the list's items): typed without a cast. */
export function chosen<T extends string | number>(list: readonly T[], value: string): T {
  const found = list.find((item) => String(item) === value);
  if (found === undefined) throw new Error(`not an option: ${value}`);
  return found;
}

/** What a clause looks like when an officer adds it: the most common wording in the conventions. */
export const CLAUSE_DEFAULTS: { [K in ClauseName]-?: NonNullable<Clauses[K]> } = {
  term: { start: 'fixed_date', startDate: null, durationMonths: 36, indefinite: false },
  renewal: { mode: 'tacit', periodMonths: null, maxRenewals: null, noticeMonths: null, noticeDays: null },
  termination: { anyTime: true, noticeMonths: 3, noticeDays: null },
  actionPlan: { deadlineMonth: 12, deadlineDay: 31, yearOffset: -1, approvedBy: 'committee' },
  evaluation: { annual: false, beforeRenewal: false, atTerm: true, leadMonths: null },
  committee: {
    name: 'Comité de pilotage',
    minMeetingsPerYear: 1,
    alternatingHost: true,
    decisionRule: 'unanimity',
    minutesSignatories: [],
  },
  amendment: { rule: 'unanimity' },
};

type Clause = NonNullable<Clauses[ClauseName]>;

export function emptyParty(country = 'FR'): Party {
  return {
    name: '',
    country,
    organizationId: null,
    level: 'commune',
    representative: null,
    representativeTitle: null,
    deliberationOn: null,
    signedOn: null,
    prefectureTransmissionOn: null,
  };
}

export function emptyDocument(organizationId: string | null): ConventionDocument {
  return {
    reference: '',
    title: '',
    instrument: 'convention_partenariat',
    language: 'fr',
    object: '',
    effectiveOn: null,
    terminatedOn: null,
    financialCommitments: [],
    parties: [{ ...emptyParty('FR'), organizationId }, emptyParty('MA')],
    clauses: {},
  };
}

const blank = (value: unknown) => value === '' || value === undefined;

function clean<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, blank(field) ? null : field]),
  ) as T;
}

/** A clause as the API takes it: empty texts become null, an empty source is left out. */
export function cleanClause<T extends { source?: { article?: string; quote?: string } | null }>(
  clause: T,
): T {
  const { source, ...rest } = clause;
  const hasSource = source && (source.article?.trim() || source.quote?.trim());
  return {
    ...clean(rest),
    ...(hasSource ? { source: { article: source.article ?? '', quote: source.quote ?? '' } } : {}),
  } as T;
}

/**
 * The document as the API takes it: empty texts become null, unused clauses are left out (or
 * null when editing, so that PATCH removes them), stored-only fields (id, status…) are dropped.
 */
export function toDocument(form: ConventionDocument, removedClauses: ClauseName[] = []): ConventionDocument {
  const clauses: Record<string, unknown> = {};
  for (const [name, clause] of Object.entries(form.clauses)) {
    if (clause) clauses[name] = cleanClause(clause);
  }
  for (const name of removedClauses) if (!(name in clauses)) clauses[name] = null;
  const committee = clauses.committee as Clauses['committee'];
  if (committee?.minutesSignatories)
    committee.minutesSignatories = committee.minutesSignatories.map((name) => name.trim()).filter(Boolean);
  return {
    reference: form.reference.trim(),
    title: form.title.trim(),
    instrument: form.instrument,
    language: form.language || 'fr',
    object: form.object?.trim() || null,
    ...(form.timeZone ? { timeZone: form.timeZone } : {}),
    effectiveOn: form.effectiveOn || null,
    terminatedOn: form.terminatedOn || null,
    financialCommitments: (form.financialCommitments ?? []).map((commitment: FinancialCommitment) =>
      clean(commitment),
    ),
    parties: form.parties.map((party) => clean(party)),
    clauses: clauses,
  };
}

/** An existing convention into the form (the editable fields only). */
export function fromConvention(convention: ConventionDocument): ConventionDocument {
  return {
    reference: convention.reference,
    title: convention.title,
    instrument: convention.instrument,
    language: convention.language ?? 'fr',
    object: convention.object ?? '',
    timeZone: convention.timeZone,
    effectiveOn: convention.effectiveOn ?? null,
    terminatedOn: convention.terminatedOn ?? null,
    financialCommitments: convention.financialCommitments ?? [],
    parties: convention.parties.map((party) => ({ ...emptyParty(party.country), ...party })),
    clauses: convention.clauses,
  };
}

/** A clause as sent: texts trimmed, empty ones null, blank signatories dropped. */
function normalised(clause: Clause): Record<string, unknown> {
  const cleaned = cleanClause(clause) as Record<string, unknown>;
  if (Array.isArray(cleaned.minutesSignatories))
    cleaned.minutesSignatories = (cleaned.minutesSignatories as string[])
      .map((name) => name.trim())
      .filter(Boolean);
  return cleaned;
}

/**
 * What the avenant changes in one clause: only the fields that differ from the clause in force
 * (a field cleared is sent as null), or the whole clause when it adds one.
 */
export function clauseChange(inForce: Clause | null | undefined, draft: Clause): Record<string, unknown> {
  const next = normalised(draft);
  if (!inForce) return next;
  const before = normalised(inForce);
  const change: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(next)])) {
    const value = key in next ? next[key] : null;
    if (JSON.stringify(value ?? null) !== JSON.stringify(before[key] ?? null)) change[key] = value;
  }
  return change;
}
