/** GET /api/conventions/:id/portfolio (issue 17). */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';
export interface ImpreciseDate {
  value: string;
  precision: DatePrecision;
}
export interface BudgetLine {
  role: 'contribution' | 'total' | 'expense';
  amount: number | null;
  currency: string | null;
  contributor: string | null;
  contributorKind: 'party' | 'cofinancer' | null;
  nature: 'cash' | 'in_kind' | 'mixed' | null;
  inKindAmount: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  words: string | null;
  line: number | null;
}
export interface Project {
  id: string;
  title: string;
  status: 'planned' | 'in_progress' | 'done';
  period: string | null;
  startsOn: ImpreciseDate | null;
  endsOn: ImpreciseDate | null;
  objectives: string | null;
  projectOwner: string | null;
  beneficiaries: string | null;
  domains: string[];
  budgetLines: BudgetLine[];
  lineFrom: number | null;
  lineTo: number | null;
}
export interface HistoryEvent {
  kind: 'signed' | 'deliberated' | 'renewed' | 'amended' | 'suspended' | 'ended' | 'other';
  date: ImpreciseDate | null;
  party: string | null;
  words: string;
  line: number | null;
}
export interface Contact {
  party: string;
  role: 'elected' | 'agent' | 'office';
  name: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  asOf: string | null;
  line: number | null;
}
export interface PartyProfile {
  party: string;
  population: number | null;
  domains: string[];
  line: number | null;
}
export interface PortfolioView {
  importRecord: {
    source: string;
    rawInstrument: string | null;
    state: 'agreement' | 'no_agreement' | 'informal' | 'suspended' | 'ended';
    sources: Array<{ field: string; lineFrom: number; lineTo: number; quote?: string | null }>;
    lineFrom: number | null;
    lineTo: number | null;
  } | null;
  projects: Project[];
  history: HistoryEvent[];
  contacts: Contact[];
  profiles: PartyProfile[];
}

/** Sums of the contributions, by currency and by contributor (a stated total is not a contribution). */
export function budgetTotals(projects: Project[]): {
  byCurrency: Array<{ currency: string; amount: number }>;
  byContributor: Array<{ contributor: string; kind: string | null; currency: string; amount: number }>;
} {
  const byCurrency = new Map<string, number>();
  const byContributor = new Map<
    string,
    { contributor: string; kind: string | null; currency: string; amount: number }
  >();
  for (const line of projects.flatMap((project) => project.budgetLines)) {
    if (line.role !== 'contribution' || line.amount === null || !line.currency) continue;
    byCurrency.set(line.currency, (byCurrency.get(line.currency) ?? 0) + line.amount);
    const key = `${line.contributor ?? ''}|${line.currency}`;
    const current = byContributor.get(key) ?? {
      contributor: line.contributor ?? '—',
      kind: line.contributorKind,
      currency: line.currency,
      amount: 0,
    };
    current.amount += line.amount;
    byContributor.set(key, current);
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    byCurrency: [...byCurrency]
      .map(([currency, amount]) => ({ currency, amount: round(amount) }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    byContributor: [...byContributor.values()]
      .map((item) => ({ ...item, amount: round(item.amount) }))
      .sort((a, b) => b.amount - a.amount),
  };
}
