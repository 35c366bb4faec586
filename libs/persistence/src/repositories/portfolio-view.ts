import { PortfolioView } from '@passerelle/application';
import { Row } from './portfolio-rows';

/** The rows of one convention's portfolio, as read, into the view the API answers. */
export function toPortfolioView(rows: {
  records: Row[];
  projects: Row[];
  lines: Row[];
  events: Row[];
  contacts: Row[];
  profiles: Row[];
}): PortfolioView {
  const record = rows.records[0];
  const numberOrNull = (value: unknown) => (value === null ? null : Number(value));
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
          importedAt: new Date(record.imported_at).toISOString(),
        }
      : null,
    projects: rows.projects.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      period: row.period,
      startsOn: row.starts_value ? { value: row.starts_value, precision: row.starts_precision } : null,
      endsOn: row.ends_value ? { value: row.ends_value, precision: row.ends_precision } : null,
      objectives: row.objectives,
      projectOwner: row.project_owner,
      beneficiaries: row.beneficiaries,
      domains: row.domains,
      lineFrom: row.line_from,
      lineTo: row.line_to,
      budgetLines: rows.lines
        .filter((line) => line.project_id === row.id)
        .map((line) => ({
          role: line.role,
          amount: numberOrNull(line.amount),
          currency: line.currency,
          contributor: line.contributor,
          contributorKind: line.contributor_kind,
          nature: line.nature,
          inKindAmount: numberOrNull(line.in_kind_amount),
          yearFrom: line.year_from,
          yearTo: line.year_to,
          words: line.words,
          line: line.line,
        })),
    })),
    history: rows.events.map((row) => ({
      kind: row.kind,
      date: row.date_value ? { value: row.date_value, precision: row.date_precision } : null,
      party: row.party,
      words: row.words,
      line: row.line,
    })),
    contacts: rows.contacts.map((row) => ({
      party: row.party,
      role: row.role,
      name: row.name,
      title: row.title,
      phone: row.phone,
      email: row.email,
      address: row.address,
      asOf: row.as_of,
      line: row.line,
    })),
    profiles: rows.profiles.map((row) => ({
      party: row.party,
      population: numberOrNull(row.population),
      domains: row.domains,
      line: row.line,
    })),
  };
}
