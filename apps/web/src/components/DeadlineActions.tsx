import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { DeadlineKind, DeadlineStatus, EVENT_KINDS } from '../lib/types';
import { Button, TextField } from '../ui';

function recordPath(conventionId: string, kind: DeadlineKind, dueOn: string, action: string): string {
  return `/api/conventions/${encodeURIComponent(conventionId)}/deadlines/${kind}/${dueOn}/${action}`;
}

/**
 * One click marks a task done; waiving asks for the reason first. A recorded deadline can be
 * reopened. Events (expiry, tacit renewal) happen by themselves and offer nothing.
 */
export function DeadlineActions({
  conventionId,
  kind,
  dueOn,
  status,
  label,
  onChange,
  allowWaive = true,
}: {
  conventionId: string;
  kind: DeadlineKind;
  dueOn: string;
  status: DeadlineStatus;
  /** Names the deadline in the buttons' accessible names ("Mark done: Évaluation, 1er février 2026"). */
  label: string;
  onChange(): void;
  allowWaive?: boolean;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (EVENT_KINDS.includes(kind) && status !== 'waived') return null;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setWaiving(false);
      onChange();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (status === 'done' || status === 'waived') {
    return (
      <Button
        size="sm"
        variant="ghost"
        disabled={busy}
        aria-label={t('deadline.action.reopen_for', { name: label })}
        onClick={() =>
          void run(() => api(recordPath(conventionId, kind, dueOn, 'record'), { method: 'DELETE' }))
        }
      >
        {t('deadline.action.reopen')}
      </Button>
    );
  }

  const submitWaive = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api(recordPath(conventionId, kind, dueOn, 'waive'), { method: 'POST', body: { reason } }));
  };

  return (
    <div className="deadline-actions">
      <div className="row">
        <Button
          size="sm"
          variant="primary"
          disabled={busy}
          aria-label={t('deadline.action.mark_done_for', { name: label })}
          onClick={() =>
            void run(() => api(recordPath(conventionId, kind, dueOn, 'done'), { method: 'POST', body: {} }))
          }
        >
          {t('deadline.action.mark_done')}
        </Button>
        {allowWaive && !waiving && (
          <Button
            size="sm"
            disabled={busy}
            aria-label={t('deadline.action.waive_for', { name: label })}
            onClick={() => setWaiving(true)}
          >
            {t('deadline.action.waive')}
          </Button>
        )}
      </div>
      {waiving && (
        <form className="inline-form" onSubmit={submitWaive}>
          <TextField
            label={t('deadline.waive.reason')}
            value={reason}
            required
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button type="submit" size="sm" disabled={busy || !reason.trim()}>
            {t('deadline.waive.confirm')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setWaiving(false)}>
            {t('common.cancel')}
          </Button>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
