import { ReactElement } from 'react';
import { useI18n } from '../i18n/i18n';
import { ClauseName, Clauses, ClauseSource } from '../lib/types';
import { TextAreaField, TextField } from '../ui';
import { ActionPlanFields } from './clauses/ActionPlanFields';
import { AmendmentFields } from './clauses/AmendmentFields';
import { CommitteeFields } from './clauses/CommitteeFields';
import { EvaluationFields } from './clauses/EvaluationFields';
import { RenewalFields } from './clauses/RenewalFields';
import { TermFields } from './clauses/TermFields';
import { TerminationFields } from './clauses/TerminationFields';

/** A change to any one clause: some of its fields. */
export type ClausePatch = { [K in ClauseName]: Partial<NonNullable<Clauses[K]>> }[ClauseName];

const FIELDS: {
  [K in ClauseName]-?: (props: {
    clause: never;
    onPatch(patch: never): void;
    error(field: string): string | null;
  }) => ReactElement;
} = {
  term: TermFields,
  renewal: RenewalFields,
  termination: TerminationFields,
  actionPlan: ActionPlanFields,
  evaluation: EvaluationFields,
  committee: CommitteeFields,
  amendment: AmendmentFields,
};

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
  const Fields = FIELDS[name];
  return <Fields clause={clause as never} onPatch={onPatch} error={error} />;
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
  // The API wants both: an article without its quote is refused naming `source.quote`.
  const value: ClauseSource = { article: '', quote: '', ...source };
  return (
    <div className="fields">
      <TextField
        label={t('editor.source.article')}
        value={value.article}
        maxLength={40}
        onChange={(event) => onChange({ ...value, article: event.target.value })}
      />
      <TextAreaField
        label={t('editor.source.quote')}
        hint={t('editor.source.quote.hint')}
        rows={2}
        value={value.quote}
        maxLength={4000}
        onChange={(event) => onChange({ ...value, quote: event.target.value })}
      />
    </div>
  );
}
