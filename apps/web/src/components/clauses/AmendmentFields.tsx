import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { SelectField } from '../../ui';
import { ClauseFieldsProps } from './clause-fields-props';

export function AmendmentFields({
  clause: amendment,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['amendment']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <SelectField
        label={t('clause.amendment.rule')}
        value={amendment.rule}
        error={error('rule')}
        onChange={(event) => onPatch({ rule: event.target.value as 'unanimity' })}
        options={(['unanimity', 'common_agreement', 'avenant_signed_by_all'] as const).map((value) => ({
          value,
          label: t(`rule.${value}`),
        }))}
      />
    </div>
  );
}
