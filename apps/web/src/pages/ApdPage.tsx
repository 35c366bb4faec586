import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { useApi } from '../lib/use-api';
import { useSession } from '../lib/session';
import { Button, Card, Notice, Page } from '../ui';
import { TextField } from '../ui/Field';

interface ApdView {
  year: number;
  totalEur: number;
  byCountryEur: Array<{ country: string; cash: number; inKind: number; total: number }>;
  lines: Array<{
    id: string;
    paidOn: string;
    reference: string;
    party: string;
    country: string;
    purpose: string | null;
    kind: 'cash' | 'in_kind';
    amount: number;
    currency: string;
    amountEur: number;
  }>;
  deadline: { dueOn: string; status: string } | null;
  declaration: { declaredOn: string } | null;
}

/** The yearly APD declaration (CGCT L1115-6) and the council's report, for the officer's organization. */
export function ApdPage() {
  const { t, date, number } = useI18n();
  const { me } = useSession();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const organizationId = me?.organizationId ?? null;
  const base = organizationId ? `/api/organizations/${encodeURIComponent(organizationId)}` : null;
  const view = useApi<ApdView>(base ? `${base}/apd?year=${year}` : null);
  const [error, setError] = useState<string | null>(null);

  if (!base)
    return (
      <Page title={t('apd.page.title')}>
        <Notice>{t('apd.page.no_organization')}</Notice>
      </Page>
    );
  const declare = async () => {
    setError(null);
    try {
      await api(`${base}/apd/${year}/declaration`, { method: 'POST', body: {} });
      void view.reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const data = view.data;
  return (
    <Page title={t('apd.page.title')}>
      <p>{t('apd.page.intro')}</p>
      <TextField
        label={t('apd.page.year')}
        type="number"
        min={1990}
        max={2200}
        value={year}
        onChange={(event) => setYear(Number(event.target.value) || year)}
      />
      <p>
        <a href={`${base}/apd.csv?year=${year}`}>{t('export.csv')}</a> ·{' '}
        <a href={`${base}/apd.xlsx?year=${year}`}>{t('export.xlsx')}</a> ·{' '}
        <a
          href={`${base}/council-report?year=${year}`}
          target="_blank"
          rel="noreferrer"
          data-testid="council-report"
        >
          {t('apd.page.report')}
        </a>{' '}
        · <a href={`${base}/council-report.xlsx?year=${year}`}>{t('apd.page.report_xlsx')}</a>
      </p>
      {data && (
        <Card title={t('apd.page.total_eur', { amount: number(data.totalEur) })}>
          {data.deadline && !data.declaration && <p>{t('apd.page.due', { date: data.deadline.dueOn })}</p>}
          {data.declaration ? (
            <Notice tone="success">{t('apd.page.declared', { date: data.declaration.declaredOn })}</Notice>
          ) : (
            me?.role !== 'viewer' && (
              <Button variant="primary" onClick={() => void declare()} data-testid="apd-declare">
                {t('apd.page.declare')}
              </Button>
            )
          )}
          {error && <Notice tone="error">{error}</Notice>}
          {data.lines.length === 0 ? (
            <p>{t('apd.page.empty')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('apd.page.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('apd.page.country')}</th>
                  <th scope="col">{t('apd.page.cash')}</th>
                  <th scope="col">{t('apd.page.in_kind')}</th>
                  <th scope="col">{t('apd.page.total')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byCountryEur.map((row) => (
                  <tr key={row.country}>
                    <td>{row.country}</td>
                    <td>{number(row.cash)}</td>
                    <td>{number(row.inKind)}</td>
                    <td>{number(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ul>
            {data.lines.map((line) => (
              <li key={line.id}>
                {date(line.paidOn)} — {line.reference} — <bdi>{line.party}</bdi> → {line.country} —{' '}
                {number(line.amount)} {line.currency} ({number(line.amountEur)} €)
                {line.purpose ? ` — ${line.purpose}` : ''}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </Page>
  );
}
