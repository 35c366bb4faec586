import { useI18n } from '../../i18n/i18n';
import { Minutes } from '../../lib/types';
import { Card } from '../../ui';
import { MinutesForm } from './MinutesForm';
import { MinutesView } from './MinutesView';

export function MinutesCard({
  meetingId,
  minutes,
  writable,
  onChange,
}: {
  meetingId: string;
  minutes: Minutes[];
  writable: boolean;
  onChange(): void;
}) {
  const { t } = useI18n();
  const current = minutes.find((entry) => entry.current) ?? null;
  return (
    <Card title={t('minutes.title')}>
      {!current ? (
        <p className="empty">{t('minutes.empty')}</p>
      ) : (
        <MinutesView minutes={current} writable={writable} onChange={onChange} />
      )}
      {writable && (
        <MinutesForm
          // A new version or a circulated draft starts the form again from what is now current.
          key={current ? `${current.id}:${current.status}` : 'none'}
          meetingId={meetingId}
          initial={current?.status === 'draft' ? current.text : ''}
          onSaved={onChange}
        />
      )}
    </Card>
  );
}
