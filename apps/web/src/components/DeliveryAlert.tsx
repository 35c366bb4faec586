import { useI18n } from '../i18n/i18n';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import { DeliveryHealth } from '../lib/types';
import { useApi } from '../lib/use-api';
import { Card, Notice } from '../ui';

/** The admins' delivery figures (GET /api/admin/reminders/delivery); null for everyone else. */
function useDeliveryHealth() {
  const { me } = useSession();
  return useApi<DeliveryHealth>(me?.role === 'admin' ? '/api/admin/reminders/delivery' : null);
}

/**
 * On every page, for admins, when reminders failed or wait past their time (an SMTP outage): the
 * alert no longer depends on mail reaching them.
 */
export function DeliveryAlert() {
  const { t } = useI18n();
  const health = useDeliveryHealth();
  const value = health.data;
  if (!value || value.alert === 'none') return null;
  return (
    <Notice tone="error">
      {value.alert === 'failed'
        ? t('delivery.alert.failed', { count: value.byStatus.failed })
        : t('delivery.alert.late', {
            count: value.duePending,
            minutes: Math.round(value.oldestDuePendingSeconds / 60),
          })}{' '}
      {value.lastError && (
        <span className="muted">{t('delivery.last_error', { error: value.lastError })}</span>
      )}{' '}
      <Link to="/reminders">{t('delivery.see_reminders')}</Link>
    </Notice>
  );
}

/** The dashboard's card for admins: reminders by state and the oldest one waiting. */
export function DeliveryCard() {
  const { t } = useI18n();
  const health = useDeliveryHealth();
  const value = health.data;
  if (!value) return null;
  return (
    <Card title={t('delivery.title')}>
      <dl className="facts">
        {(['pending', 'sent', 'failed', 'cancelled'] as const).map((status) => (
          <div key={status}>
            <dt>{t(`reminders.status.${status}`)}</dt>
            <dd>{value.byStatus[status]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('delivery.oldest_pending')}</dt>
          <dd>{t('delivery.minutes', { minutes: Math.round(value.oldestDuePendingSeconds / 60) })}</dd>
        </div>
      </dl>
    </Card>
  );
}
