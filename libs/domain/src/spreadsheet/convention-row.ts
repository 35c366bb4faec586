import {
  ConventionDocument,
  INSTRUMENTS,
  Instrument,
  Party,
  PARTY_LEVELS,
  PartyLevel,
} from '../conventions/convention';
import { parseDayDate } from '../portfolio/imprecise-date';
import { parseMoney } from '../portfolio/money';

/** The spreadsheet template's columns: one per main fact of a convention (CONTRACT §6). */
export const TEMPLATE_COLUMNS = [
  'reference',
  'title',
  'instrument',
  'object',
  'party1_name',
  'party1_country',
  'party1_level',
  'party1_representative',
  'party1_deliberation_on',
  'party1_signed_on',
  'party2_name',
  'party2_country',
  'party2_level',
  'party2_representative',
  'party2_deliberation_on',
  'party2_signed_on',
  'effective_on',
  'term_months',
  'renewal_mode',
  'renewal_period_months',
  'notice_months',
  'committee_meetings_per_year',
  'action_plan_deadline',
  'amount',
  'amount_party',
  'amount_year',
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly TemplateColumn[] = [
  'reference',
  'title',
  'party1_name',
  'party1_country',
  'party2_name',
  'party2_country',
];

export interface RowProblem {
  field: string;
  message: string;
}

const FORMULA = /^[=+\-@]/;

/**
 * One spreadsheet row (cells by template column, as text) → a convention document and the row's
 * problems. Dates as dd/mm/yyyy, amounts as « 1 600 000 € » or « 82.598,31 Dhs »; a formula
 * (=HYPERLINK(…)) is never taken as a value.
 */
export function conventionFromRow(cells: Partial<Record<TemplateColumn, string>>): {
  document: ConventionDocument | null;
  problems: RowProblem[];
} {
  const problems: RowProblem[] = [];
  const cell = (column: TemplateColumn): string | null => {
    const value = (cells[column] ?? '').trim();
    if (value === '') return null;
    if (FORMULA.test(value) && !/^-?\d/.test(value)) {
      problems.push({ field: column, message: 'a formula is not a value' });
      return null;
    }
    return value;
  };
  const date = (column: TemplateColumn): string | null => {
    const value = cell(column);
    if (!value) return null;
    const parsed = parseDayDate(value);
    if (parsed === 'invalid' || parsed === null) {
      problems.push({ field: column, message: `« ${value} » is not a date (dd/mm/yyyy)` });
      return null;
    }
    return parsed.value;
  };
  const integer = (column: TemplateColumn, min: number, max: number): number | null => {
    const value = cell(column);
    if (!value) return null;
    const number = Number(value.replace(',', '.'));
    if (!Number.isInteger(number) || number < min || number > max) {
      problems.push({ field: column, message: `« ${value} » is not a whole number from ${min} to ${max}` });
      return null;
    }
    return number;
  };
  for (const column of REQUIRED_COLUMNS)
    if (!cell(column)) problems.push({ field: column, message: 'required' });
  const instrumentText = cell('instrument');
  const instrument = (instrumentText ?? 'other') as Instrument;
  if (!INSTRUMENTS.includes(instrument))
    problems.push({ field: 'instrument', message: `one of ${INSTRUMENTS.join(', ')}` });
  const party = (n: 1 | 2): Party => {
    const level = cell(`party${n}_level`);
    if (level && !PARTY_LEVELS.includes(level as PartyLevel))
      problems.push({ field: `party${n}_level`, message: `one of ${PARTY_LEVELS.join(', ')}` });
    const country = (cell(`party${n}_country`) ?? '').toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country))
      problems.push({ field: `party${n}_country`, message: 'an ISO 3166-1 alpha-2 code (FR, MA)' });
    return {
      name: cell(`party${n}_name`) ?? '',
      country,
      level: (level as PartyLevel) ?? null,
      representative: cell(`party${n}_representative`),
      deliberationOn: date(`party${n}_deliberation_on`),
      signedOn: date(`party${n}_signed_on`),
    };
  };
  const parties = [party(1), party(2)];
  const effectiveOn = date('effective_on');
  const termMonths = integer('term_months', 1, 1200);
  const renewalMode = cell('renewal_mode');
  if (renewalMode && !['tacit', 'express', 'after_evaluation', 'none'].includes(renewalMode))
    problems.push({ field: 'renewal_mode', message: 'one of tacit, express, after_evaluation, none' });
  const renewalPeriod = integer('renewal_period_months', 1, 1200);
  const noticeMonths = integer('notice_months', 0, 120);
  const meetings = integer('committee_meetings_per_year', 1, 12);
  const deadline = cell('action_plan_deadline');
  let actionPlan: { deadlineMonth: number; deadlineDay: number } | null = null;
  if (deadline) {
    const match = /^(\d{1,2})\/(\d{1,2})$/.exec(deadline);
    if (!match || Number(match[2]) > 12 || Number(match[1]) > 31 || Number(match[1]) < 1)
      problems.push({
        field: 'action_plan_deadline',
        message: `« ${deadline} » is not a day of the year (dd/mm)`,
      });
    else actionPlan = { deadlineDay: Number(match[1]), deadlineMonth: Number(match[2]) };
  }
  const amountText = cell('amount');
  const financialCommitments = [];
  if (amountText) {
    const money = parseMoney(amountText);
    if (!money) problems.push({ field: 'amount', message: `« ${amountText} » is not an amount` });
    else if (!money.currency)
      problems.push({ field: 'amount', message: `« ${amountText} » states no currency (€, EUR, Dhs, MAD)` });
    else
      financialCommitments.push({
        party: cell('amount_party') ?? parties[0].name,
        amount: money.amount,
        currency: money.currency,
        year: integer('amount_year', 1900, 2200),
      });
  }
  if (problems.length > 0) return { document: null, problems };
  const clauses: ConventionDocument['clauses'] = {};
  if (termMonths)
    clauses.term = {
      start: effectiveOn ? 'effective_date' : 'last_signature',
      durationMonths: termMonths,
      indefinite: false,
    };
  if (renewalMode)
    clauses.renewal = { mode: renewalMode as 'tacit', periodMonths: renewalPeriod, noticeMonths };
  if (meetings) clauses.committee = { minMeetingsPerYear: meetings };
  if (actionPlan) clauses.actionPlan = { ...actionPlan, yearOffset: 0 };
  return {
    document: {
      reference: cell('reference') as string,
      title: cell('title') as string,
      instrument,
      language: 'fr',
      object: cell('object'),
      effectiveOn,
      financialCommitments,
      parties,
      clauses,
    },
    problems,
  };
}

function dayMonthYear(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** The template's cells of a convention: what the export writes, and what a re-import compares. */
export function conventionToRow(doc: ConventionDocument): Record<TemplateColumn, string> {
  const party = (index: number) => doc.parties[index];
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const commitment = doc.financialCommitments?.[0];
  const clauses = doc.clauses;
  const cells: Record<string, string> = {
    reference: doc.reference,
    title: doc.title,
    instrument: doc.instrument,
    object: text(doc.object),
    effective_on: dayMonthYear(doc.effectiveOn),
    term_months: text(clauses.term?.durationMonths),
    renewal_mode: text(clauses.renewal?.mode),
    renewal_period_months: text(clauses.renewal?.periodMonths),
    notice_months: text(clauses.renewal?.noticeMonths),
    committee_meetings_per_year: text(clauses.committee?.minMeetingsPerYear),
    action_plan_deadline: clauses.actionPlan
      ? `${String(clauses.actionPlan.deadlineDay).padStart(2, '0')}/${String(clauses.actionPlan.deadlineMonth).padStart(2, '0')}`
      : '',
    amount: commitment ? `${commitment.amount} ${commitment.currency}` : '',
    amount_party: text(commitment?.party),
    amount_year: text(commitment?.year),
  };
  for (const n of [1, 2]) {
    const current = party(n - 1);
    cells[`party${n}_name`] = text(current?.name);
    cells[`party${n}_country`] = text(current?.country);
    cells[`party${n}_level`] = text(current?.level);
    cells[`party${n}_representative`] = text(current?.representative);
    cells[`party${n}_deliberation_on`] = dayMonthYear(current?.deliberationOn);
    cells[`party${n}_signed_on`] = dayMonthYear(current?.signedOn);
  }
  return cells;
}

/**
 * A stored convention updated from a row: only what the template holds changes; the rest of the
 * document (other parties, organization links, other clauses, later commitments) is kept.
 */
export function mergeRow(existing: ConventionDocument, row: ConventionDocument): ConventionDocument {
  const parties = existing.parties.map((party, index) =>
    index < 2 && row.parties[index]
      ? { ...party, ...row.parties[index], organizationId: party.organizationId ?? null }
      : party,
  );
  for (let index = existing.parties.length; index < row.parties.length; index += 1)
    parties.push(row.parties[index]);
  const commitments = [...(existing.financialCommitments ?? [])];
  if (row.financialCommitments?.length) commitments.splice(0, 1, row.financialCommitments[0]);
  else commitments.splice(0, 1);
  const clauses = { ...existing.clauses };
  for (const kind of ['term', 'renewal', 'committee', 'actionPlan'] as const) {
    if (row.clauses[kind])
      clauses[kind] = { ...(existing.clauses[kind] ?? {}), ...row.clauses[kind] } as never;
    else delete clauses[kind];
  }
  return {
    ...existing,
    reference: row.reference,
    title: row.title,
    instrument: row.instrument,
    object: row.object,
    effectiveOn: row.effectiveOn,
    parties,
    financialCommitments: commitments,
    clauses,
  };
}
