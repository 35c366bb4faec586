import { useI18n } from '../../i18n/i18n';
import { Clauses } from '../../lib/types';
import { CheckboxField } from '../../ui';
import { NumberField } from './NumberField';
import { ClauseFieldsProps } from './clause-fields-props';

export function TerminationFields({
  clause: termination,
  onPatch,
  error,
}: ClauseFieldsProps<NonNullable<Clauses['termination']>>) {
  const { t } = useI18n();
  return (
    <div className="fields">
      <CheckboxField
        label={t('clause.termination.anyTime')}
        checked={Boolean(termination.anyTime)}
        onChange={(event) => onPatch({ anyTime: event.target.checked })}
      />
      <NumberField
        label={t('editor.termination.noticeMonths')}
        hint={t('editor.termination.notice.hint')}
        min={0}
        value={termination.noticeMonths}
        error={error('noticeMonths')}
        onChange={(value) => onPatch({ noticeMonths: value })}
      />
      <NumberField
        label={t('editor.termination.noticeDays')}
        min={0}
        value={termination.noticeDays}
        error={error('noticeDays')}
        onChange={(value) => onPatch({ noticeDays: value })}
      />
    </div>
  );
}
