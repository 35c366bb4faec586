import { useI18n } from '../../i18n/i18n';
import { Deadline } from '../../lib/types';
import { useApi } from '../../lib/use-api';
import { Card, DeadlineStatusBadge, KindBadge, Loading, Table } from '../../ui';
import { DeadlineActions } from '../DeadlineActions';
import { ExportLinks } from '../ExportLinks';
import { ConventionSectionProps } from './section';

export function DeadlinesSection({ convention: c, writable, revision, changed }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const deadlines = useApi<Deadline[]>(`/api/conventions/${c.id}/deadlines`, revision);
  return (
    <Card
      title={t('convention.deadlines')}

      actions={
        <ExportLinks base={`/api/exports/conventions/${c.id}/deadlines`} name={t('convention.deadlines')} />
      }
    >
      {!deadlines.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('convention.deadlines')}
          captionHidden
          rows={deadlines.data}
          rowKey={(row) => `${row.kind}:${row.dueOn}`}
          empty={t('convention.deadlines.empty')}
          columns={[
            { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
            { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
            {
              header: t('deadline.source'),
              cell: (row) =>
                row.source?.article ? t('clause.article', { article: row.source.article }) : '—',
            },
            {
              header: t('deadline.status'),
              cell: (row) => (
                <>
                  <DeadlineStatusBadge status={row.status} />
                  {row.record?.reason && <div className="muted">{row.record.reason}</div>}
                </>
              ),
            },
            {
              header: t('common.actions'),
              cell: (row) =>
                writable ? (
                  <DeadlineActions
                    conventionId={c.id}
                    kind={row.kind}
                    dueOn={row.dueOn}
                    status={row.status}
                    label={`${t(`deadline.kind.${row.kind}`)}, ${date(row.dueOn)}`}
                    onChange={changed}
                  />
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
}
