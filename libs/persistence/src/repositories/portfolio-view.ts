import { PortfolioView } from '@passerelle/application';
import { FieldSource } from '@passerelle/domain';
import { z } from 'zod';
import { jsonObject, nullableText, parseRows, uuid } from './row-schema';

const int = z.number().int().nullable();
/** `numeric` and `bigint` columns come back from pg as strings (exact); the view answers numbers. */
const numeric = z
  .union([z.string(), z.number()])
  .nullable()
  .transform((value) => (value === null ? null : Number(value)));
const precision = z.enum(['day', 'month', 'season', 'year']).nullable();
const imprecise = (value: string | null, level: z.infer<typeof precision>) =>
  value && level ? { value, precision: level } : null;

const recordRow = z.object({
  source: z.string(),
  source_key: z.string(),
  raw_instrument: nullableText,
  state: z.enum(['agreement', 'no_agreement', 'informal', 'suspended', 'ended']),
  sources: jsonObject<FieldSource[]>(),
  line_from: int,
  line_to: int,
  imported_at: z.date(),
});

const projectRow = z.object({
  id: uuid,
  title: z.string(),
  status: z.enum(['planned', 'in_progress', 'done']),
  period: nullableText,
  starts_value: nullableText,
  starts_precision: precision,
  ends_value: nullableText,
  ends_precision: precision,
  objectives: nullableText,
  project_owner: nullableText,
  beneficiaries: nullableText,
  domains: z.array(z.string()),
  line_from: int,
  line_to: int,
});

const budgetLineRow = z.object({
  project_id: uuid,
  role: z.enum(['contribution', 'total', 'expense']),
  amount: numeric,
  currency: nullableText,
  contributor: nullableText,
  contributor_kind: z.enum(['party', 'cofinancer']).nullable(),
  nature: z.enum(['cash', 'in_kind', 'mixed']).nullable(),
  in_kind_amount: numeric,
  year_from: int,
  year_to: int,
  words: nullableText,
  line: int,
});

const eventRow = z.object({
  kind: z.enum(['signed', 'deliberated', 'renewed', 'amended', 'suspended', 'ended', 'other']),
  date_value: nullableText,
  date_precision: precision,
  party: nullableText,
  words: z.string(),
  line: int,
});

const contactRow = z.object({
  party: z.string(),
  role: z.enum(['elected', 'agent', 'office']),
  name: nullableText,
  title: nullableText,
  phone: nullableText,
  email: nullableText,
  address: nullableText,
  as_of: nullableText,
  line: int,
});

const profileRow = z.object({
  party: z.string(),
  population: numeric,
  domains: z.array(z.string()),
  line: int,
});

/** The rows of one convention's portfolio, as read (checked against their columns), into the view the API answers. */
export function toPortfolioView(rows: {
  records: unknown;
  projects: unknown;
  lines: unknown;
  events: unknown;
  contacts: unknown;
  profiles: unknown;
}): PortfolioView {
  const [record] = parseRows(recordRow, rows.records);
  const lines = parseRows(budgetLineRow, rows.lines);
  return {
    importRecord: record
      ? {
          source: record.source,
          key: record.source_key,
          rawInstrument: record.raw_instrument,
          state: record.state,
          sources: record.sources,
          lineFrom: record.line_from,
          lineTo: record.line_to,
          importedAt: record.imported_at.toISOString(),
        }
      : null,
    projects: parseRows(projectRow, rows.projects).map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      period: row.period,
      startsOn: imprecise(row.starts_value, row.starts_precision),
      endsOn: imprecise(row.ends_value, row.ends_precision),
      objectives: row.objectives,
      projectOwner: row.project_owner,
      beneficiaries: row.beneficiaries,
      domains: row.domains,
      lineFrom: row.line_from,
      lineTo: row.line_to,
      budgetLines: lines
        .filter((line) => line.project_id === row.id)
        .map((line) => ({
          role: line.role,
          amount: line.amount,
          currency: line.currency,
          contributor: line.contributor,
          contributorKind: line.contributor_kind,
          nature: line.nature,
          inKindAmount: line.in_kind_amount,
          yearFrom: line.year_from,
          yearTo: line.year_to,
          words: line.words,
          line: line.line,
        })),
    })),
    history: parseRows(eventRow, rows.events).map((row) => ({
      kind: row.kind,
      date: imprecise(row.date_value, row.date_precision),
      party: row.party,
      words: row.words,
      line: row.line,
    })),
    contacts: parseRows(contactRow, rows.contacts).map(({ as_of, ...row }) => ({ ...row, asOf: as_of })),
    profiles: parseRows(profileRow, rows.profiles),
  };
}
