import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { SelectField } from '../../ui';
import { NumberField } from './NumberField';
import { ClauseFieldsProps } from './clause-fields-props';

export function ActionPlanFields({
  clause: plan,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['actionPlan']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <NumberField
        label={t('editor.actionPlan.day')}
        min={1}
        max={31}
        value={plan.deadlineDay}
        error={error('deadlineDay')}
        onChange={(value) => onPatch({ deadlineDay: value ?? 1 })}
      />
      <SelectField
        label={t('editor.actionPlan.month')}
        value={String(plan.deadlineMonth)}
        error={error('deadlineMonth')}
        onChange={(event) => onPatch({ deadlineMonth: Number(event.target.value) })}
        options={Array.from({ length: 12 }, (_, index) => ({
          value: String(index + 1),
          label: t(`month.${index + 1}`),
        }))}
      />
      <NumberField
        label={t('editor.actionPlan.yearOffset')}
        hint={t('editor.actionPlan.yearOffset.hint')}
        min={-5}
        max={5}
        value={plan.yearOffset ?? 0}
        error={error('yearOffset')}
        onChange={(value) => onPatch({ yearOffset: value ?? 0 })}
      />
    </div>
  );
}
