import { useI18n } from '../i18n/i18n';
import { ClauseName, Clauses, ClauseSource } from '../lib/types';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui';

/** A change to any one clause: some of its fields. */
export type ClausePatch = { [K in ClauseName]: Partial<NonNullable<Clauses[K]>> }[ClauseName];

const int = (value: string): number | null => (value.trim() === '' ? null : Number.parseInt(value, 10));

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
}: {
  label: string;
  value: number | null | undefined;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  hint?: string;
  error?: string | null;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={value ?? ''}
      error={error}
      onChange={(event) => onChange(int(event.target.value))}
    />
  );
}

/**
 * The fields of one clause (term, renewal, termination, action plan, evaluation, committee,
 * amendment), shared by the convention editor and the amendment form. `error` answers the API's
 * message about a field of this clause (`startDate`), whatever the prefix (`clauses.term.` or
 * `changes.term.`).
 */
export function ClauseFields({
  name,
  clause,
  onPatch,
  error = () => null,
}: {
  name: ClauseName;
  clause: NonNullable<Clauses[ClauseName]>;
  onPatch(patch: ClausePatch): void;
  error?(field: string): string | null;
}) {
  const { t } = useI18n();
  switch (name) {
    case 'term': {
      const term = clause as NonNullable<Clauses['term']>;
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
          <NumberField
            label={t('editor.term.durationMonths')}
            min={1}
            max={1200}
            value={term.durationMonths}
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
    case 'renewal': {
      const renewal = clause as NonNullable<Clauses['renewal']>;
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
          <NumberField
            label={t('editor.renewal.periodMonths')}
            hint={t('editor.renewal.periodMonths.hint')}
            min={1}
            value={renewal.periodMonths}
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
            label={t('editor.noticeMonths')}
            min={0}
            value={renewal.noticeMonths}
            error={error('noticeMonths')}
            onChange={(value) => onPatch({ noticeMonths: value })}
          />
          <NumberField
            label={t('editor.noticeDays')}
            min={0}
            value={renewal.noticeDays}
            error={error('noticeDays')}
            onChange={(value) => onPatch({ noticeDays: value })}
          />
        </div>
      );
    }
    case 'termination': {
      const termination = clause as NonNullable<Clauses['termination']>;
      return (
        <div className="fields">
          <CheckboxField
            label={t('clause.termination.anyTime')}
            checked={Boolean(termination.anyTime)}
            onChange={(event) => onPatch({ anyTime: event.target.checked })}
          />
          <NumberField
            label={t('editor.noticeMonths')}
            min={0}
            value={termination.noticeMonths}
            error={error('noticeMonths')}
            onChange={(value) => onPatch({ noticeMonths: value })}
          />
          <NumberField
            label={t('editor.noticeDays')}
            min={0}
            value={termination.noticeDays}
            error={error('noticeDays')}
            onChange={(value) => onPatch({ noticeDays: value })}
          />
        </div>
      );
    }
    case 'actionPlan': {
      const plan = clause as NonNullable<Clauses['actionPlan']>;
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
    case 'evaluation': {
      const evaluation = clause as NonNullable<Clauses['evaluation']>;
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
    case 'committee': {
      const committee = clause as NonNullable<Clauses['committee']>;
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
            onChange={(event) => onPatch({ minMeetingsPerYear: Number(event.target.value) })}
            options={[1, 2, 3, 4, 6, 12].map((value) => ({ value: String(value), label: String(value) }))}
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
    case 'amendment': {
      const amendment = clause as NonNullable<Clauses['amendment']>;
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
  }
}

/** Where the clause is in the text: its article and the exact sentence. */
export function ClauseSourceFields({
  source,
  onChange,
}: {
  source: ClauseSource | null | undefined;
  onChange(source: ClauseSource): void;
}) {
  const { t } = useI18n();
  const value = source ?? {};
  return (
    <div className="fields">
      <TextField
        label={t('editor.source.article')}
        value={value.article ?? ''}
        maxLength={40}
        onChange={(event) => onChange({ ...value, article: event.target.value })}
      />
      <TextAreaField
        label={t('editor.source.quote')}
        hint={t('editor.source.quote.hint')}
        rows={2}
        value={value.quote ?? ''}
        maxLength={4000}
        onChange={(event) => onChange({ ...value, quote: event.target.value })}
      />
    </div>
  );
}
