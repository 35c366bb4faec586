import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { CheckboxField } from '../../ui';
import { NumberField } from './NumberField';
import { ClauseFieldsProps } from './clause-fields-props';

export function EvaluationFields({
  clause: evaluation,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['evaluation']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <CheckboxField
        label={t('clause.evaluation.annual')}
        checked={Boolean(evaluation.annual)}
        onChange={(event) => onPatch({ annual: event.target.checked })}
      />
      <CheckboxField
        label={t('clause.evaluation.beforeRenewal')}
        checked={Boolean(evaluation.beforeRenewal)}
        onChange={(event) => onPatch({ beforeRenewal: event.target.checked })}
      />
      <CheckboxField
        label={t('clause.evaluation.atTerm')}
        checked={Boolean(evaluation.atTerm)}
        onChange={(event) => onPatch({ atTerm: event.target.checked })}
      />
      <NumberField
        label={t('editor.evaluation.leadMonths')}
        min={0}
        max={60}
        value={evaluation.leadMonths}
        error={error('leadMonths')}
        onChange={(value) => onPatch({ leadMonths: value })}
      />
    </div>
  );
}
