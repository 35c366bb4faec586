import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { Convention } from '../lib/types';
import { Button, Notice } from '../ui';
import { SelectField, TextField } from '../ui/Field';

/**
 * Whether the convention has effect on each side (signatures + prefecture in France, signatures +
 * the supervisory visa in Morocco), and, for an officer, the form recording a Moroccan party's visa.
 */
export function ExecutorySides({
  convention,
  writable,
  onSaved,
}: {
  convention: Convention;
  writable: boolean;
  onSaved: () => void;
}) {
  const { t, date } = useI18n();
  const moroccan = convention.parties.filter((party) => party.country === 'MA');
  const [party, setParty] = useState(moroccan.find((p) => !p.visaOn)?.name ?? moroccan[0]?.name ?? '');
  const [visaOn, setVisaOn] = useState('');
  const [authority, setAuthority] = useState<'governor' | 'interior_ministry' | 'other'>('governor');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const parties = convention.parties.map((p) =>
      p.name === party ? { ...p, visaOn, visaAuthority: authority } : p,
    );
    try {
      await api(`/api/conventions/${encodeURIComponent(convention.id)}`, {
        method: 'PATCH',
        body: { parties },
      });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section aria-label={t('executory.title')}>
      <ul className="executory-sides">
        {(convention.executory ?? []).map((side) => (
          <li key={side.country} data-testid={`executory-${side.country}`}>
            <strong>{t(`executory.${side.country}`)}</strong> :{' '}
            {side.executory && side.executoryOn
              ? t('executory.yes', { date: side.executoryOn })
              : `${t('executory.no')} — ${side.missing
                  .map((missing) => t(`executory.missing.${missing.step}`, { party: missing.party }))
                  .join(', ')}`}
          </li>
        ))}
      </ul>
      {writable && moroccan.length > 0 && (
        <form onSubmit={(event) => void submit(event)} className="form-inline" aria-labelledby="visa-title">
          <h4 id="visa-title">{t('visa.title')}</h4>
          {moroccan.length > 1 && (
            <SelectField
              label={t('party.name')}
              value={party}
              onChange={(event) => setParty(event.target.value)}
              options={moroccan.map((p) => ({ value: p.name, label: p.name }))}
            />
          )}
          <TextField
            label={t('visa.for', { party })}
            type="date"
            required
            value={visaOn}
            onChange={(event) => setVisaOn(event.target.value)}
            name="visaOn"
          />
          <SelectField
            label={t('party.visaAuthority')}
            value={authority}
            onChange={(event) => setAuthority(event.target.value as typeof authority)}
            options={(['governor', 'interior_ministry', 'other'] as const).map((value) => ({
              value,
              label: t(`party.visaAuthority.${value}`),
            }))}
          />
          <Button type="submit" variant="primary">
            {t('visa.save')}
          </Button>
          {saved && <Notice tone="success">{t('visa.saved')}</Notice>}
          {error && <Notice tone="error">{error}</Notice>}
          {moroccan
            .filter((p) => p.visaOn)
            .map((p) => (
              <p key={p.name}>
                <bdi>{p.name}</bdi> — {t('party.visaOn')} : {date(p.visaOn)}
              </p>
            ))}
        </form>
      )}
    </section>
  );
}
