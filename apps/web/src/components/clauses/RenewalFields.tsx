import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { SelectField } from '../../ui';
import { DurationField } from './DurationField';
import { NumberField } from './NumberField';
import { ClauseFieldsProps } from './clause-fields-props';

export function RenewalFields({
  clause: renewal,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['renewal']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <SelectField
        label={t('clause.renewal.mode')}
        value={renewal.mode}
        error={error('mode')}
        onChange={(event) => onPatch({ mode: event.target.value as 'tacit' })}
        options={(['tacit', 'express', 'after_evaluation', 'none'] as const).map((value) => ({
          value,
          label: t(`clause.renewal.mode.${value}`),
        }))}
      />
      <DurationField
        label={t('editor.renewal.period')}
        hint={t('editor.renewal.periodMonths.hint')}
        months={renewal.periodMonths}
        error={error('periodMonths')}
        onChange={(value) => onPatch({ periodMonths: value })}
      />
      <NumberField
        label={t('editor.renewal.maxRenewals')}
        hint={t('editor.renewal.maxRenewals.hint')}
        min={0}
        value={renewal.maxRenewals}
        error={error('maxRenewals')}
        onChange={(value) => onPatch({ maxRenewals: value })}
      />
      <NumberField
        label={t('editor.renewal.noticeMonths')}
        hint={t('editor.renewal.notice.hint')}
        min={0}
        value={renewal.noticeMonths}
        error={error('noticeMonths')}
        onChange={(value) => onPatch({ noticeMonths: value })}
      />
      <NumberField
        label={t('editor.renewal.noticeDays')}
        min={0}
        value={renewal.noticeDays}
        error={error('noticeDays')}
        onChange={(value) => onPatch({ noticeDays: value })}
      />
    </div>
  );
}
