import { Payment } from './payment';

export interface ApdSummary {
  year: number;
  totals: Array<{ currency: string; amount: number }>;
  byCountry: Array<{ country: string; currency: string; amount: number }>;
  /** What the declaration asks: euros, by beneficiary country and by kind of aid. */
  totalEur: number;
  byCountryEur: Array<{ country: string; cash: number; inKind: number; total: number }>;
  lines: Payment[];
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** The year's payments summed the way the APD declaration groups them (CGCT L1115-6). */
export function apdSummary(year: number, payments: readonly Payment[]): ApdSummary {
  const lines = payments
    .filter((payment) => payment.paidOn.startsWith(`${year}-`))
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id < b.id ? -1 : 1));
  const totals = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const eur = new Map<string, { cash: number; inKind: number }>();
  for (const line of lines) {
    totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.amount);
    const key = `${line.country}|${line.currency}`;
    byCountry.set(key, (byCountry.get(key) ?? 0) + line.amount);
    const country = eur.get(line.country) ?? { cash: 0, inKind: 0 };
    if (line.kind === 'cash') country.cash += line.amountEur;
    else country.inKind += line.amountEur;
    eur.set(line.country, country);
  }
  const byCountryEur = [...eur.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([country, { cash, inKind }]) => ({
      country,
      cash: cents(cash),
      inKind: cents(inKind),
      total: cents(cash + inKind),
    }));
  return {
    year,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amount]) => ({ currency, amount: cents(amount) })),
    byCountry: [...byCountry.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, amount]) => {
        const [country, currency] = key.split('|');
        return { country, currency, amount: cents(amount) };
      }),
    totalEur: cents(byCountryEur.reduce((sum, row) => sum + row.total, 0)),
    byCountryEur,
    lines,
  };
}
