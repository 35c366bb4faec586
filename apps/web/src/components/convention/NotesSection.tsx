import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { Button, Card, Loading, Notice, TextAreaField, useToast } from '../../ui';
import { ConventionSectionProps } from './section';

/** The organization's internal note on the convention: no other party sees it. */
export function NotesSection({ convention, writable, revision }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const { notify } = useToast();
  const note = useApi<{ text: string; updatedAt: string } | null>(
    `/api/conventions/${convention.id}/notes`,
    revision,
  );
  // What the officer typed, else the stored note. Derived, not copied by an effect: an effect runs
  // after the form is painted, and would wipe what was typed in between (seen under load).
  const [edited, setEdited] = useState<string | null>(null);
  const text = edited ?? note.data?.text ?? '';
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/conventions/${convention.id}/notes`, { method: 'PUT', body: { text } });
      notify(t('notes.saved'));
      await note.reload();
      setEdited(null);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <Card title={t('notes.title')}>
      <p className="muted">{t('notes.intro')}</p>
      {note.loading && !note.data ? (
        <Loading label={t('common.loading')} />
      ) : writable ? (
        <form onSubmit={(event) => void save(event)} className="stack">
          {error && <Notice tone="error">{error}</Notice>}
          <TextAreaField
            label={t('notes.text')}
            rows={6}
            maxLength={20000}
            value={text}
            onChange={(event) => setEdited(event.target.value)}
          />
          {note.data?.updatedAt && (
            <p className="muted">{t('notes.updated', { date: date(note.data.updatedAt.slice(0, 10)) })}</p>
          )}
          <div className="row">
            <Button type="submit" variant="primary">
              {t('notes.save')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="findings">{note.data?.text || t('notes.empty')}</p>
      )}
    </Card>
  );
}
