import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { Minutes } from '../../lib/types';
import { Badge, Button, Notice, SelectField, TextField } from '../../ui';
import { Attachments } from '../Attachments';

export function MinutesView({
  minutes,
  writable,
  onChange,
}: {
  minutes: Minutes;
  writable: boolean;
  onChange(): void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState(minutes.missing[0] ?? '');
  const [on, setOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signed, setSigned] = useState<string | null>(null);
  // After a signature the list of missing signatories shrinks: the choice follows what the select shows.
  const signatory = minutes.missing.includes(chosen) ? chosen : (minutes.missing[0] ?? '');
  const sign = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSigned(null);
    try {
      await api(`/api/minutes/${minutes.id}/signatures`, {
        method: 'POST',
        body: on ? { signatory, on } : { signatory },
      });
      setSigned(t('minutes.signed', { signatory }));
      setOn('');
      onChange();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const tone =
    minutes.status === 'executory' ? 'success' : minutes.status === 'draft' ? 'neutral' : 'warning';
  return (
    <div className="stack" data-testid="minutes">
      <p>
        {t('minutes.version', { version: minutes.version })}{' '}
        <Badge tone={tone}>{t(`minutes.status.${minutes.status}`)}</Badge>
        {minutes.executoryOn && <> {t('minutes.executoryOn', { date: minutes.executoryOn })}</>}
      </p>
      {/* The API renders the Markdown and removes raw HTML: safe to show as is. */}
      <div className="minutes-text" dangerouslySetInnerHTML={{ __html: minutes.html }} />
      <h3>{t('minutes.signatures')}</h3>
      <ul>
        {minutes.signatories.map((name) => {
          const signature = minutes.signatures.find((entry) => entry.signatory === name);
          return (
            <li key={name}>
              {name} —{' '}
              {signature ? t('minutes.signedOn', { date: signature.signedOn }) : t('minutes.unsigned')}
            </li>
          );
        })}
      </ul>
      <h3>{t('attachments.title')}</h3>
      <Attachments
        files={minutes.attachments ?? []}
        uploadPath={`/api/minutes/${minutes.id}/attachments`}
        label={t('attachments.add_to', { name: t('minutes.version', { version: minutes.version }) })}
        writable={writable}
        onUploaded={onChange}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {signed && <Notice tone="success">{signed}</Notice>}
      {writable && minutes.missing.length > 0 && (
        <form className="inline-form" onSubmit={(event) => void sign(event)} aria-label={t('minutes.sign')}>
          <SelectField
            label={t('minutes.signatory')}
            value={signatory}
            onChange={(event) => setChosen(event.target.value)}
            options={minutes.missing.map((name) => ({ value: name, label: name }))}
          />
          <TextField
            label={t('minutes.signedOn.field')}
            hint={t('minutes.signedOn.hint')}
            type="date"
            value={on}
            onChange={(event) => setOn(event.target.value)}
          />
          <Button type="submit" variant="primary">
            {t('minutes.sign')}
          </Button>
        </form>
      )}
    </div>
  );
}
