import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, query } from '../lib/api';
import { useSession } from '../lib/session';
import { Link } from '../lib/router';
import { Reminder } from '../lib/types';
import { reminderReasons } from '../lib/reminder-reasons';
import { useApi } from '../lib/use-api';
import { Badge, Button, Card, KindBadge, Loading, Notice, Page, SelectField, Table } from '../ui';

const STATUSES = ['pending', 'sent', 'failed', 'cancelled'];

/** `lead:30` → « J-30 », `overdue:224` → « 224 jours de retard », `catchup:…` → « rattrapage ». */
export function stepLabel(
  step: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const [kind, value] = step.split(':');
  const count = Number(value);
  if (kind === 'lead' && Number.isFinite(count)) return t('reminders.step.lead', { count });
  if (kind === 'overdue' && Number.isFinite(count)) return t('reminders.step.overdue', { count });
  return t('reminders.step.other');
}

export function RemindersPage() {
  const { t, date } = useI18n();
  const [status, setStatus] = useState('');
  const reminders = useApi<Reminder[]>(`/api/reminders${query({ status, limit: 200 })}`);
  const { me } = useSession();
  const [retried, setRetried] = useState<string | null>(null);
  const retry = async (id: string) => {
    await api(`/api/reminders/${id}/retry`, { method: 'POST' });
    setRetried(id);
    await reminders.reload();
  };
  return (
    <Page title={t('reminders.title')}>
      <Card>
        <div className="filters">
          <SelectField
            label={t('reminders.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            options={[
              { value: '', label: t('common.all') },
              ...STATUSES.map((value) => ({ value, label: t(`reminders.status.${value}`) })),
            ]}
          />
        </div>
        {reminders.error && <Notice tone="error">{reminders.error.message}</Notice>}
        {retried && <Notice tone="success">{t('reminders.retried')}</Notice>}
        {!reminders.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <Table
            caption={t('reminders.title')}
            captionHidden
            rows={reminders.data}
            rowKey={(row) => row.id}
            empty={t('reminders.empty')}
            columns={[
              {
                // Sent: the day it left; otherwise the day it is planned for.
                header: t('reminders.when'),
                cell: (row) =>
                  row.sentAt
                    ? t('reminders.sent_on', { date: date(row.sentAt.slice(0, 10)) })
                    : t('reminders.planned_on', { date: date(row.sendAt.slice(0, 10)) }),
              },
              { header: t('deadline.kind'), cell: (row) => <KindBadge kind={row.kind} /> },
              { header: t('deadline.due_on'), cell: (row) => date(row.dueOn) },
              {
                header: t('convention.one'),
                cell: (row) => <Link to={`/conventions/${row.conventionId}`}>{row.reference}</Link>,
              },
              { header: t('reminders.recipient'), cell: (row) => row.recipient },
              {
                header: t('reminders.step'),
                cell: (row) => (
                  <>
                    {stepLabel(row.step, t)}
                    {row.escalation && <div className="muted">{t('reminders.escalation')}</div>}
                  </>
                ),
              },
              {
                header: t('reminders.reason'),
                cell: (row) => {
                  const [reason, ...more] = reminderReasons(row, t);
                  return (
                    <>
                      {reason}
                      {more.map((line) => (
                        <div key={line} className="muted">
                          {line}
                        </div>
                      ))}
                    </>
                  );
                },
              },
              {
                header: t('reminders.status'),
                cell: (row) => (
                  <>
                    <Badge
                      tone={
                        row.status === 'failed' ? 'danger' : row.status === 'sent' ? 'success' : 'neutral'
                      }
                    >
                      {t(`reminders.status.${row.status}`)}
                    </Badge>
                    {row.lastError && <div className="muted">{row.lastError}</div>}
                    {row.status === 'pending' && row.nextAttemptAt && row.attempts > 0 && (
                      <div className="muted">
                        {t('reminders.next_attempt', { at: new Date(row.nextAttemptAt).toLocaleString() })}
                      </div>
                    )}
                    {row.status === 'failed' && me?.role !== 'viewer' && (
                      <Button size="sm" variant="secondary" onClick={() => void retry(row.id)}>
                        {t('reminders.retry')}
                      </Button>
                    )}
                  </>
                ),
              },
              { header: t('reminders.attempts'), cell: (row) => row.attempts, align: 'end' },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
