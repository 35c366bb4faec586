import { useI18n } from '../../i18n/i18n';
import { Preview } from '../../lib/use-deadline-preview';
import { Card, DeadlineStatusBadge, KindBadge, Notice, Table } from '../../ui';

export function DeadlinePreview({ preview, error }: { preview: Preview | null; error: string | null }) {
  const { t, date } = useI18n();
  return (
    <Card title={t('editor.preview')} className="sticky">
      <div aria-live="polite" data-testid="deadline-preview">
        {error && <Notice tone="error">{error}</Notice>}
        {preview && (
          <>
            <p>
              {!preview.startsOn
                ? t('editor.preview.no_start')
                : preview.endsOn
                  ? t('editor.preview.term', { from: date(preview.startsOn), to: date(preview.endsOn) })
                  : t('editor.preview.term_open', { from: date(preview.startsOn) })}
            </p>
            <Table
              caption={t('editor.preview')}
              captionHidden
              rows={preview.deadlines}
              rowKey={(row) => `${row.kind}:${row.dueOn}`}
              empty={t('editor.preview.empty')}
              columns={[
                { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
                { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
                {
                  header: t('deadline.source'),
                  cell: (row) =>
                    row.source?.article ? t('clause.article', { article: row.source.article }) : '—',
                },
                { header: t('deadline.status'), cell: (row) => <DeadlineStatusBadge status={row.status} /> },
              ]}
            />
          </>
        )}
      </div>
    </Card>
  );
}
