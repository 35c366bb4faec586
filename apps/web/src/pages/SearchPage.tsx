import { useI18n } from '../i18n/i18n';
import { countryName } from '../lib/countries';
import { Link, useRouter } from '../lib/router';
import { useGet } from '../lib/use-api';
import { Card, Loading, Notice, Page, Reference, Table } from '../ui';

export function SearchPage() {
  const { t, date, locale } = useI18n();
  const { search } = useRouter();
  const q = search.get('q') ?? '';
  const results = useGet(q ? '/api/search' : null, { params: { query: { q } } });
  const data = results.data;
  return (
    <Page title={t('search.title', { q })}>
      {results.error && <Notice tone="error">{results.error.message}</Notice>}
      {!data ? (
        q ? (
          <Loading label={t('common.loading')} />
        ) : (
          <p className="empty">{t('search.empty_query')}</p>
        )
      ) : (
        <>
          <Card title={t('search.conventions')}>
            <Table
              caption={t('search.conventions')}
              captionHidden
              rows={data.conventions}
              rowKey={(row) => row.id}
              empty={t('search.none')}
              columns={[
                { header: t('convention.reference'), cell: (row) => row.reference },
                {
                  header: t('convention.title'),
                  cell: (row) => <Link to={`/conventions/${row.id}`}>{row.title}</Link>,
                },
              ]}
            />
          </Card>
          <Card title={t('search.parties')}>
            <Table
              caption={t('search.parties')}
              captionHidden
              rows={data.parties}
              rowKey={(row, index) => `${row.conventionId}:${row.name}:${index}`}
              empty={t('search.none')}
              columns={[
                { header: t('party.name'), cell: (row) => row.name },
                { header: t('party.country'), cell: (row) => countryName(row.country, locale) },
                {
                  header: t('convention.one'),
                  cell: (row) => (
                    <Link to={`/conventions/${row.conventionId}`}>
                      <Reference code={row.reference} />
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('search.meetings')}>
            <Table
              caption={t('search.meetings')}
              captionHidden
              rows={data.meetings}
              rowKey={(row) => row.id}
              empty={t('search.none')}
              columns={[
                {
                  header: t('meeting.heldOn'),
                  cell: (row) => <Link to={`/meetings/${row.id}`}>{date(row.heldOn)}</Link>,
                },
                { header: t('meeting.place'), cell: (row) => row.city },
                { header: t('meeting.host'), cell: (row) => row.hostParty },
                {
                  header: t('convention.one'),
                  cell: (row) => (
                    <Link to={`/conventions/${row.conventionId}?section=meetings`}>{row.reference}</Link>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Page>
  );
}
