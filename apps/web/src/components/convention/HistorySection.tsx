import { useI18n } from '../../i18n/i18n';
import { HistoryEntry } from '../../lib/types';
import { useApi } from '../../lib/use-api';
import { Badge, Card, Loading, Table } from '../../ui';
import { ConventionSectionProps } from './section';

export function HistorySection({ convention, revision }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const history = useApi<HistoryEntry[]>(`/api/conventions/${convention.id}/history`, revision);
  return (
    <Card title={t('convention.history')}>
      {!history.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('convention.history')}
          captionHidden
          rows={history.data}
          rowKey={(row) => row.id}
          empty={t('convention.history.empty')}
          columns={[
            {
              header: t('history.at'),
              cell: (row) => `${date(row.at.slice(0, 10))} ${row.at.slice(11, 16)}`,
            },
            { header: t('history.action'), cell: (row) => <Badge>{row.action}</Badge> },
            { header: t('history.entity'), cell: (row) => row.entity },
            { header: t('history.actor'), cell: (row) => row.actor ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
