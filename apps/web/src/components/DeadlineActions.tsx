import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { answered, client } from '../lib/client';
import { components } from '../lib/types/api.generated';
import { DeadlineKind, DeadlineStatus, EVENT_KINDS } from '../lib/types';
import { Button, TextAreaField, TextField, useToast } from '../ui';

type DoneBody = components['schemas']['MarkDeadlineDoneDto'];

type Form = 'none' | 'done' | 'waive';

/**
 * One click marks a task done (and says so, with an undo); "details" records the day it was done,
 * a note and a link to the evidence, or waives it with a reason. A recorded deadline can be
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
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<Form>('none');
  const [reason, setReason] = useState('');
  const [doneOn, setDoneOn] = useState('');
  const [note, setNote] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (EVENT_KINDS.includes(kind) && status !== 'waived') return null;

  const path = { id: conventionId, kind, dueOn };
  const reopen = () =>
    answered(client.DELETE('/api/conventions/{id}/deadlines/{kind}/{dueOn}/record', { params: { path } }));
  const run = async (action: () => Promise<unknown>, message: string, undoable: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setForm('none');
      onChange();
      notify(
        message,
        undoable
          ? async () => {
              await reopen();
              onChange();
            }
          : undefined,
      );
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
        onClick={() => void run(reopen, t('deadline.reopened', { name: label }), false)}
      >
        {t('deadline.action.reopen')}
      </Button>
    );
  }

  const markDone = (body: DoneBody) =>
    run(
      () =>
        answered(
          client.POST('/api/conventions/{id}/deadlines/{kind}/{dueOn}/done', { params: { path }, body }),
        ),
      t('deadline.marked_done', { name: label }),
      true,
    );
  const submitDone = (event: FormEvent) => {
    event.preventDefault();
    const body: DoneBody = {};
    if (doneOn) body.doneOn = doneOn;
    if (note.trim()) body.note = note.trim();
    if (evidenceUrl.trim()) body.evidenceUrl = evidenceUrl.trim();
    void markDone(body);
  };
  const submitWaive = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        answered(
          client.POST('/api/conventions/{id}/deadlines/{kind}/{dueOn}/waive', {
            params: { path },
            body: { reason },
          }),
        ),
      t('deadline.waived', { name: label }),
      true,
    );
  };

  return (
    <div className="deadline-actions">
      <div className="row">
        <Button
          size="sm"
          variant="primary"
          disabled={busy}
          aria-label={t('deadline.action.mark_done_for', { name: label })}
          onClick={() => void markDone({})}
        >
          {t('deadline.action.mark_done')}
        </Button>
        {form === 'none' && (
          <Button
            size="sm"
            variant="ghost"
            disabled={busy}
            aria-label={t('deadline.action.details_for', { name: label })}
            onClick={() => setForm('done')}
          >
            {t('deadline.action.details')}
          </Button>
        )}
      </div>
      {form === 'done' && (
        <form
          className="stack"
          onSubmit={submitDone}
          aria-label={t('deadline.action.details_for', { name: label })}
        >
          <TextField
            label={t('deadline.done.on')}
            hint={t('deadline.done.on.hint')}
            type="date"
            value={doneOn}
            onChange={(event) => setDoneOn(event.target.value)}
          />
          <TextAreaField
            label={t('deadline.done.note')}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <TextField
            label={t('deadline.done.evidence')}
            hint={t('deadline.done.evidence.hint')}
            type="url"
            value={evidenceUrl}
            onChange={(event) => setEvidenceUrl(event.target.value)}
          />
          <div className="row">
            <Button type="submit" size="sm" variant="primary" disabled={busy}>
              {t('deadline.done.confirm')}
            </Button>
            {allowWaive && (
              <Button
                size="sm"
                disabled={busy}
                aria-label={t('deadline.action.waive_for', { name: label })}
                onClick={() => setForm('waive')}
              >
                {t('deadline.action.waive')}
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={() => setForm('none')}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {form === 'waive' && (
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
          <Button size="sm" variant="ghost" onClick={() => setForm('none')}>
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
