import { useI18n } from '../../i18n/i18n';
import { useGet } from '../../lib/use-api';
import { Badge, Card, Loading, Table } from '../../ui';
import { ConventionSectionProps } from './section';

/** Every write on the convention, in words, by name, at the convention's local time. */
export function HistorySection({ convention, revision }: ConventionSectionProps) {
  const { t, date, locale } = useI18n();
  const history = useGet(
    '/api/conventions/{id}/history',
    { params: { path: { id: convention.id } } },
    revision,
  );
  // A code the app has no words for yet is shown as "other", never raw.
  const say = (key: string, fallback: string) => {
    const text = t(key);
    return text === key ? t(fallback) : text;
  };
  const time = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : locale === 'ar' ? 'ar-MA' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: convention.timeZone ?? 'Europe/Paris',
  });
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: convention.timeZone ?? 'Europe/Paris' });
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
              cell: (row) => {
                const at = new Date(row.at);
                return t('history.at_line', { date: date(day.format(at)), time: time.format(at) });
              },
            },
            {
              header: t('history.action'),
              cell: (row) => <Badge>{say(`history.action.${row.action}`, 'history.action.other')}</Badge>,
            },
            {
              header: t('history.entity'),
              cell: (row) => say(`history.entity.${row.entity}`, 'history.entity.other'),
            },
            {
              header: t('history.actor'),
              cell: (row) => row.actorName ?? row.actor ?? t('history.actor.system'),
            },
          ]}
        />
      )}
    </Card>
  );
}
