import { FormEvent, useEffect, useState } from 'react';
import { ExportLinks } from '../components/ExportLinks';
import { useI18n } from '../i18n/i18n';
import { query } from '../lib/api';
import { countriesOf, countryName } from '../lib/countries';
import { Link, useRouter } from '../lib/router';
import { CONVENTION_SORTS, CONVENTION_STATUSES } from '../lib/types';
import { useGet } from '../lib/use-api';
import {
  Button,
  ButtonLink,
  Card,
  ConventionStatusBadge,
  Loading,
  Notice,
  Page,
  Reference,
  SelectField,
  SortState,
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
  const sortParam = search.get('sort') ?? '';
  const sort: SortState | null = sortParam
    ? { key: sortParam.replace(/^-/, ''), direction: sortParam.startsWith('-') ? 'desc' : 'asc' }
    : null;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const filters = query({ q, status, country, sort: sortParam });
  const list = useGet('/api/conventions', {
    params: {
      query: {
        q: q || undefined,
        // An address edited by hand may name no status or column: the list is then unfiltered, unsorted.
        status: CONVENTION_STATUSES.find((known) => known === status),
        country: country || undefined,
        sort: CONVENTION_SORTS.find((known) => known === sortParam),
        page,
        pageSize: PAGE_SIZE,
      },
    },
  });
  const index = useGet('/api/calendar/conventions');
  const countries = countriesOf(index.data ?? []);
  if (country && !countries.includes(country)) countries.push(country);

  const go = (next: Record<string, string | number>) =>
    navigate(`/conventions${query({ q, status, country, sort: sortParam, ...next })}`, {
      replace: true,
      scroll: false,
    });
  // A second click on the same column reverses it.
  const onSort = (key: string) =>
    go({ sort: sort?.key === key && sort.direction === 'asc' ? `-${key}` : key, page: 1 });
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
              {t('conventions.count', { total: list.data.total, count: list.data.total })}
            </p>
            <Table
              caption={t('conventions.title')}
              captionHidden
              rows={list.data.items}
              rowKey={(row) => row.id}
              empty={t('conventions.empty')}
              sort={sort}
              onSort={onSort}
              sortLabel={(header) => t('table.sort_by', { column: header })}
              columns={[
                {
                  header: t('convention.reference'),
                  sortKey: 'reference',
                  cell: (row) => <Reference code={row.reference} />,
                },
                {
                  header: t('convention.title'),
                  sortKey: 'title',
                  cell: (row) => <Link to={`/conventions/${row.id}`}>{row.title}</Link>,
                },
                {
                  header: t('convention.parties'),
                  cell: (row) =>
                    row.parties
                      .map((party) => `${party.name} (${countryName(party.country, locale)})`)
                      .join(', '),
                },
                {
                  header: t('convention.status'),
                  sortKey: 'status',
                  cell: (row) => <ConventionStatusBadge status={row.status} />,
                },
                {
                  header: t('convention.start'),
                  sortKey: 'startsOn',
                  cell: (row) => date(row.keyDates?.startsOn ?? null),
                },
                {
                  header: t('convention.endsOn'),
                  sortKey: 'endsOn',
                  cell: (row) =>
                    row.terminatedOn
                      ? date(row.terminatedOn)
                      : row.keyDates?.endsOn
                        ? date(row.keyDates.endsOn)
                        : row.keyDates?.openEnded
                          ? t('convention.endsOn.open')
                          : '—',
                },
                {
                  header: t('conventions.next_deadline'),
                  sortKey: 'nextDeadline',
                  cell: (row) =>
                    row.nextDeadline ? (
                      <>
                        {date(row.nextDeadline.dueOn)}
                        <div className="muted">{t(`deadline.kind.${row.nextDeadline.kind}`)}</div>
                      </>
                    ) : (
                      '—'
                    ),
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
