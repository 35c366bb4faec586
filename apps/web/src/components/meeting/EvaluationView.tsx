import { useI18n } from '../../i18n/i18n';
import { Evaluation } from '../../lib/types';
import { Table } from '../../ui';
import { Attachments } from '../Attachments';

export function EvaluationView({
  evaluation,
  writable,
  onChange,
}: {
  evaluation: Evaluation;
  writable: boolean;
  onChange(): void;
}) {
  const { t, date } = useI18n();
  const title = t('evaluation.of_period', {
    from: date(evaluation.period.from),
    to: date(evaluation.period.to),
  });
  return (
    <div className="stack" data-testid="evaluation">
      <h3>{title}</h3>
      {evaluation.settles.length > 0 && (
        <p className="muted">
          {t('evaluation.settles', {
            dates: evaluation.settles.map(date).join(', '),
            count: evaluation.settles.length,
          })}
        </p>
      )}
      {evaluation.indicators.length > 0 && (
        <Table
          caption={t('evaluation.indicators')}
          captionHidden
          rows={evaluation.indicators}
          rowKey={(_, index) => String(index)}
          empty=""
          columns={[
            { header: t('evaluation.column.name'), cell: (row) => row.name },
            { header: t('evaluation.column.target'), cell: (row) => row.target ?? '—' },
            { header: t('evaluation.column.value'), cell: (row) => row.value ?? '—' },
          ]}
        />
      )}
      <p className="findings">{evaluation.findings}</p>
      <h4>{t('attachments.title')}</h4>
      <Attachments
        files={evaluation.attachments ?? []}
        uploadPath={`/api/evaluations/${evaluation.id}/attachments`}
        label={t('attachments.add_to', { name: title })}
        writable={writable}
        onUploaded={onChange}
      />
    </div>
  );
}
