import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { Button, CheckboxField, Notice, TextAreaField } from '../../ui';

export function MinutesForm({
  meetingId,
  initial,
  onSaved,
}: {
  meetingId: string;
  initial: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [circulate, setCirculate] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/meetings/${meetingId}/minutes`, { method: 'POST', body: { text, circulate } });
      onSaved();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('minutes.write')}>
      <h3>{t('minutes.write')}</h3>
      {error && <Notice tone="error">{error}</Notice>}
      <TextAreaField
        label={t('minutes.text')}
        hint={t('minutes.text.hint')}
        required
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <CheckboxField
        label={t('minutes.circulate')}
        checked={circulate}
        onChange={(event) => setCirculate(event.target.checked)}
      />
      <Button type="submit" disabled={!text.trim()}>
        {t('minutes.save')}
      </Button>
    </form>
  );
}
