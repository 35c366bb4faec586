import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../lib/api';
import { Evaluation } from '../lib/types';
import { Button, Notice, TextAreaField, TextField } from '../ui';

interface IndicatorRow {
  name: string;
  target: string;
  value: string;
}

/**
 * An evaluation presented to the committee (`POST /api/meetings/:id/evaluations`): the evaluation
 * deadlines it answers are recorded done on the meeting's date (`settles`).
 */
export function EvaluationForm({
  meetingId,
  onSaved,
}: {
  meetingId: string;
  onSaved(evaluation: Evaluation): void;
}) {
  const { t } = useI18n();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [indicators, setIndicators] = useState<IndicatorRow[]>([]);
  const [findings, setFindings] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (field: string) => fieldError(errors, field);
  const setIndicator = (index: number, patch: Partial<IndicatorRow>) =>
    setIndicators(indicators.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    setSaving(true);
    try {
      const evaluation = await api<Evaluation>(`/api/meetings/${meetingId}/evaluations`, {
        method: 'POST',
        body: {
          period,
          indicators: indicators.map((row) => ({
            name: row.name.trim(),
            target: row.target.trim() || null,
            value: row.value.trim() || null,
          })),
          findings,
        },
      });
      setPeriod({ from: '', to: '' });
      setIndicators([]);
      setFindings('');
      onSaved(evaluation);
    } catch (caught) {
      setErrors(formErrors(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('evaluation.present')}>
      <h3>{t('evaluation.present')}</h3>
      {errors && <Notice tone="error">{errors.message}</Notice>}
      <div className="fields">
        <TextField
          label={t('evaluation.period.from')}
          type="date"
          required
          value={period.from}
          error={error('period.from') ?? error('period')}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
        />
        <TextField
          label={t('evaluation.period.to')}
          type="date"
          required
          value={period.to}
          error={error('period.to')}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
        />
      </div>
      <fieldset className="group">
        <legend>{t('evaluation.indicators')}</legend>
        {indicators.length === 0 && <p className="muted">{t('evaluation.indicators.empty')}</p>}
        {indicators.map((row, index) => (
          <div className="repeat" key={index}>
            <div className="fields">
              <TextField
                label={t('evaluation.indicator.name', { n: index + 1 })}
                required
                maxLength={300}
                value={row.name}
                error={error(`indicators[${index}].name`)}
                onChange={(event) => setIndicator(index, { name: event.target.value })}
              />
              <TextField
                label={t('evaluation.indicator.target', { n: index + 1 })}
                maxLength={300}
                value={row.target}
                error={error(`indicators[${index}].target`)}
                onChange={(event) => setIndicator(index, { target: event.target.value })}
              />
              <TextField
                label={t('evaluation.indicator.value', { n: index + 1 })}
                maxLength={300}
                value={row.value}
                error={error(`indicators[${index}].value`)}
                onChange={(event) => setIndicator(index, { value: event.target.value })}
              />
            </div>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setIndicators(indicators.filter((_, i) => i !== index))}
            >
              {t('evaluation.indicator.remove', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => setIndicators([...indicators, { name: '', target: '', value: '' }])}>
          {t('evaluation.indicator.add')}
        </Button>
      </fieldset>
      <TextAreaField
        label={t('evaluation.findings')}
        hint={t('minutes.text.hint')}
        required
        rows={5}
        maxLength={100000}
        value={findings}
        error={error('findings')}
        onChange={(event) => setFindings(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={saving || !findings.trim()}>
        {t('evaluation.save')}
      </Button>
    </form>
  );
}
