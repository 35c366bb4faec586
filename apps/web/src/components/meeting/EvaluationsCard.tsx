import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useGet } from '../../lib/use-api';
import { Card, Loading, Notice } from '../../ui';
import { EvaluationForm } from '../EvaluationForm';
import { EvaluationView } from './EvaluationView';

export function EvaluationsCard({
  meetingId,
  conventionId,
  writable,
}: {
  meetingId: string;
  conventionId: string;
  writable: boolean;
}) {
  const { t, date } = useI18n();
  const evaluations = useGet('/api/conventions/{id}/evaluations', { params: { path: { id: conventionId } } });
  const [saved, setSaved] = useState<string | null>(null);
  const own = (evaluations.data ?? []).filter((evaluation) => evaluation.meetingId === meetingId);
  return (
    <Card title={t('evaluations.title')}>
      {saved && <Notice tone="success">{saved}</Notice>}
      {!evaluations.data ? (
        <Loading label={t('common.loading')} />
      ) : own.length === 0 ? (
        <p className="empty">{t('evaluations.empty')}</p>
      ) : (
        own.map((evaluation) => (
          <EvaluationView
            key={evaluation.id}
            evaluation={evaluation}
            writable={writable}
            onChange={() => void evaluations.reload()}
          />
        ))
      )}
      {writable && (
        <EvaluationForm
          meetingId={meetingId}
          onSaved={(evaluation) => {
            setSaved(
              evaluation.settles.length
                ? t('evaluation.saved.settles', {
                    dates: evaluation.settles.map(date).join(', '),
                    count: evaluation.settles.length,
                  })
                : t('evaluation.saved'),
            );
            void evaluations.reload();
          }}
        />
      )}
    </Card>
  );
}
