import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { CheckboxField, SelectField, TextField } from '../../ui';
import { DurationField } from './DurationField';
import { ClauseFieldsProps } from './clause-fields-props';

export function TermFields({
  clause: term,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['term']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <SelectField
        label={t('clause.term.start')}
        value={term.start}
        error={error('start')}
        onChange={(event) => onPatch({ start: event.target.value as 'fixed_date' })}
        options={(['fixed_date', 'effective_date', 'last_signature'] as const).map((value) => ({
          value,
          label: t(`clause.term.start.${value}`),
        }))}
      />
      {term.start === 'fixed_date' && (
        <TextField
          label={t('clause.term.startDate')}
          type="date"
          value={term.startDate ?? ''}
          error={error('startDate')}
          onChange={(event) => onPatch({ startDate: event.target.value || null })}
        />
      )}
      <DurationField
        label={t('editor.term.duration')}
        months={term.durationMonths}
        error={error('durationMonths')}
        onChange={(value) => onPatch({ durationMonths: value })}
      />
      <CheckboxField
        label={t('clause.term.indefinite')}
        checked={Boolean(term.indefinite)}
        onChange={(event) => onPatch({ indefinite: event.target.checked })}
      />
    </div>
  );
}
