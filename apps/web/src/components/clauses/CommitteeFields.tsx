import { useI18n } from '../../i18n/i18n';
import { chosen, MEETINGS_PER_YEAR } from '../../lib/convention-form';
import { Clauses } from '../../lib/types';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui';
import { ClauseFieldsProps } from './clause-fields-props';

export function CommitteeFields({
  clause: committee,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['committee']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <TextField
        label={t('clause.committee.name')}
        value={committee.name ?? ''}
        error={error('name')}
        onChange={(event) => onPatch({ name: event.target.value })}
      />
      <SelectField
        label={t('clause.committee.perYear')}
        value={String(committee.minMeetingsPerYear ?? 1)}
        error={error('minMeetingsPerYear')}
        onChange={(event) => onPatch({ minMeetingsPerYear: chosen(MEETINGS_PER_YEAR, event.target.value) })}
        options={MEETINGS_PER_YEAR.map((value) => ({ value: String(value), label: String(value) }))}
      />
      <SelectField
        label={t('clause.committee.decisionRule')}
        value={committee.decisionRule ?? 'unanimity'}
        error={error('decisionRule')}
        onChange={(event) => onPatch({ decisionRule: event.target.value as 'unanimity' })}
        options={(['unanimity', 'consensus', 'majority'] as const).map((value) => ({
          value,
          label: t(`rule.${value}`),
        }))}
      />
      <CheckboxField
        label={t('clause.committee.alternatingHost')}
        checked={Boolean(committee.alternatingHost)}
        onChange={(event) => onPatch({ alternatingHost: event.target.checked })}
      />
      <TextAreaField
        label={t('clause.committee.signatories')}
        hint={t('editor.committee.signatories.hint')}
        rows={2}
        value={(committee.minutesSignatories ?? []).join('\n')}
        error={error('minutesSignatories')}
        onChange={(event) => onPatch({ minutesSignatories: event.target.value.split('\n') })}
      />
    </div>
  );
}
