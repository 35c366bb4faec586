import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui';

type Unit = 'years' | 'months';

/**
 * A duration as the text states it ("3 ans", "18 mois"), kept in months for the API: the number
 * typed stays when the unit changes (3 then "ans" is 36 months).
 */
export function DurationField({
  label,
  months,
  onChange,
  hint,
  error,
}: {
  label: string;
  months: number | null | undefined;
  onChange(months: number | null): void;
  hint?: string;
  error?: string | null;
}) {
  const { t } = useI18n();
  const [unit, setUnit] = useState<Unit>(() =>
    months != null && months > 0 && months % 12 === 0 ? 'years' : 'months',
  );
  const shown = months == null ? '' : unit === 'years' ? String(months / 12) : String(months);
  const toMonths = (text: string, as: Unit): number | null => {
    if (text.trim() === '') return null;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) return null;
    return Math.round(as === 'years' ? value * 12 : value);
  };
  return (
    <div className="duration-field">
      <TextField
        label={label}
        hint={hint}
        type="number"
        inputMode="decimal"
        min={0}
        step={unit === 'years' ? '0.5' : '1'}
        value={shown}
        error={error}
        onChange={(event) => onChange(toMonths(event.target.value, unit))}
      />
      <SelectField
        label={t('editor.duration.unit', { field: label })}
        value={unit}
        onChange={(event) => {
          const next = event.target.value as Unit;
          setUnit(next);
          onChange(toMonths(shown, next));
        }}
        options={[
          { value: 'years', label: t('editor.duration.years') },
          { value: 'months', label: t('editor.duration.months') },
        ]}
      />
    </div>
  );
}
