import { FormEvent, useEffect, useState } from 'react';
import { ExportLinks } from '../components/ExportLinks';
import { useI18n } from '../i18n/i18n';
import { query } from '../lib/api';
import { countriesOf, countryName } from '../lib/countries';
import { Link, useRouter } from '../lib/router';
import { CONVENTION_STATUSES, Convention, ConventionIndexEntry, Page as ApiPage } from '../lib/types';
import { useApi } from '../lib/use-api';
import {
  Button,
  ButtonLink,
  Card,
  ConventionStatusBadge,
  Loading,
  Notice,
  Page,
  SelectField,
  Table,
  TextField,
} from '../ui';

const PAGE_SIZE = 50;

export function ConventionsPage() {
  const { t, date, locale } = useI18n();
  const { search, navigate } = useRouter();
  const q = search.get('q') ?? '';
  const status = search.get('status') ?? '';
  const country = search.get('country') ?? '';
  const page = Math.max(1, Number(search.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const filters = query({ q, status, country });
  const list = useApi<ApiPage<Convention>>(
    `/api/conventions${query({ q, status, country, page, pageSize: PAGE_SIZE })}`,
  );
  const index = useApi<ConventionIndexEntry[]>('/api/calendar/conventions');
  const countries = countriesOf(index.data ?? []);
  if (country && !countries.includes(country)) countries.push(country);

  const go = (next: Record<string, string | number>) =>
    navigate(`/conventions${query({ q, status, country, ...next })}`, { replace: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text, page: 1 });
  };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Page
      title={t('conventions.title')}
      actions={
        <>
          <ExportLinks base="/api/exports/conventions" params={filters} name={t('conventions.title')} />
          <ButtonLink to="/conventions/new/document">{t('conventions.new_from_document')}</ButtonLink>
          <ButtonLink to="/conventions/new" variant="primary">
            {t('conventions.new')}
          </ButtonLink>
        </>
      }
    >
      <Card>
        <form className="filters" role="search" onSubmit={submit} aria-label={t('conventions.filters')}>
          <TextField
            label={t('conventions.search')}
            hint={t('conventions.search.hint')}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            label={t('conventions.status')}
            value={status}
            onChange={(event) => go({ status: event.target.value, page: 1 })}
            options={[
              { value: '', label: t('common.all') },
              ...CONVENTION_STATUSES.map((value) => ({ value, label: t(`convention.status.${value}`) })),
            ]}
          />
          <SelectField
            label={t('conventions.country')}
            value={country}
            onChange={(event) => go({ country: event.target.value, page: 1 })}
            options={[
              { value: '', label: t('common.all') },
              ...countries.map((code) => ({ value: code, label: countryName(code, locale) })),
            ]}
          />
          <div className="field">
            <Button type="submit" variant="primary">
              {t('conventions.search.submit')}
            </Button>
          </div>
        </form>
      </Card>
      <Card>
        {list.error && <Notice tone="error">{list.error.message}</Notice>}
        {!list.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <>
            <p className="muted" role="status">
              {t('conventions.count', { total: list.data.total })}
            </p>
            <Table
              caption={t('conventions.title')}
              captionHidden
              rows={list.data.items}
              rowKey={(row) => row.id}
              empty={t('conventions.empty')}
              columns={[
                { header: t('convention.reference'), cell: (row) => row.reference },
                {
                  header: t('convention.title'),
                  cell: (row) => <Link to={`/conventions/${row.id}`}>{row.title}</Link>,
                },
                {
                  header: t('convention.parties'),
                  cell: (row) => row.parties.map((party) => `${party.name} (${party.country})`).join(', '),
                },
                {
                  header: t('convention.status'),
                  cell: (row) => <ConventionStatusBadge status={row.status} />,
                },
                {
                  header: t('convention.start'),
                  cell: (row) => date(row.effectiveOn ?? row.clauses.term?.startDate ?? null),
                },
              ]}
            />
            {pages > 1 && (
              <nav className="row" aria-label={t('common.pagination')}>
                <Button size="sm" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
                  {t('common.previous')}
                </Button>
                <span>{t('common.page_of', { page, pages })}</span>
                <Button size="sm" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
                  {t('common.next')}
                </Button>
              </nav>
            )}
          </>
        )}
      </Card>
    </Page>
  );
}
