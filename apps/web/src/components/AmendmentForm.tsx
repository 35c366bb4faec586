import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../lib/api';
import { CLAUSE_DEFAULTS, clauseChange } from '../lib/convention-form';
import { CLAUSE_NAMES, ClauseName, Clauses } from '../lib/types';
import { useGet } from '../lib/use-api';
import { Button, Loading, Notice, SelectField, TextAreaField, TextField } from '../ui';
import { ClauseFields, ClausePatch, ClauseSourceFields } from './ClauseEditor';

type ClauseAction = 'keep' | 'amend' | 'remove';
type AnyClause = NonNullable<Clauses[ClauseName]>;

/**
 * Proposes an avenant (`POST /api/conventions/:id/amendments`): for each clause, kept, amended in
 * the same editor as the convention's (starting from the clause in force today), added or removed.
 * The API's 400 naming `changes.<clause>.<field>` is shown beside that field.
 */
export function AmendmentForm({
  conventionId,
  onProposed,
  onCancel,
}: {
  conventionId: string;
  onProposed(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const inForce = useGet('/api/conventions/{id}/clauses', {
    params: { path: { id: conventionId }, query: {} },
  });
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [proposedOn, setProposedOn] = useState('');
  const [actions, setActions] = useState<Partial<Record<ClauseName, ClauseAction>>>({});
  const [drafts, setDrafts] = useState<Partial<Record<ClauseName, AnyClause>>>({});
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);

  if (!inForce.data) {
    return inForce.error ? (
      <Notice tone="error">{inForce.error.message}</Notice>
    ) : (
      <Loading label={t('common.loading')} />
    );
  }
  const current = inForce.data.clauses;
  const error = (field: string, nested = false) => fieldError(errors, field, nested);

  const choose = (name: ClauseName, action: ClauseAction) => {
    setActions({ ...actions, [name]: action });
    if (action === 'amend' && !drafts[name]) {
      // The clause in force is the starting point; without one, the usual wording.
      const start = current[name] ?? CLAUSE_DEFAULTS[name];
      setDrafts({ ...drafts, [name]: structuredClone(start) });
    }
  };
  const patch = (name: ClauseName, change: ClausePatch) =>
    setDrafts({ ...drafts, [name]: { ...(drafts[name] as AnyClause), ...change } });

  const changes = (): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const name of CLAUSE_NAMES) {
      const action = actions[name] ?? 'keep';
      if (action === 'remove') result[name] = null;
      if (action === 'amend' && drafts[name]) {
        const change = clauseChange(current[name], drafts[name]);
        if (Object.keys(change).length > 0) result[name] = change;
      }
    }
    return result;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    const body = changes();
    if (Object.keys(body).length === 0) {
      setErrors({ message: t('amendment.changes.none'), fields: [] });
      return;
    }
    setSaving(true);
    try {
      await api(`/api/conventions/${conventionId}/amendments`, {
        method: 'POST',
        body: {
          title: title.trim() || null,
          text,
          changes: body,
          ...(proposedOn ? { proposedOn } : {}),
        },
      });
      onProposed();
    } catch (caught) {
      setErrors(formErrors(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('amendment.propose')}>
      {errors && (
        <Notice tone="error">
          <p>{errors.message}</p>
          {errors.fields.length > 0 && (
            <ul>
              {errors.fields.map((entry) => (
                <li key={`${entry.field}:${entry.message}`}>{`${entry.field} : ${entry.message}`}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <div className="fields">
        <TextField
          label={t('amendment.title')}
          value={title}
          maxLength={300}
          error={error('title')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextField
          label={t('amendment.proposedOn')}
          hint={t('amendment.proposedOn.hint')}
          type="date"
          value={proposedOn}
          error={error('proposedOn')}
          onChange={(event) => setProposedOn(event.target.value)}
        />
      </div>
      <TextAreaField
        label={t('amendment.text')}
        required
        rows={3}
        value={text}
        error={error('text')}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="muted">{t('amendment.changes.intro')}</p>
      {CLAUSE_NAMES.map((name) => {
        const action = actions[name] ?? 'keep';
        const exists = Boolean(current[name]);
        const clause = t(`clause.${name}`);
        return (
          <fieldset className="group" key={name} data-clause={name}>
            <legend>{clause}</legend>
            <SelectField
              label={t('amendment.clause.action', { clause })}
              value={action}
              error={error(`changes.${name}`)}
              onChange={(event) => choose(name, event.target.value as ClauseAction)}
              options={[
                { value: 'keep', label: t(exists ? 'amendment.clause.keep' : 'amendment.clause.none') },
                { value: 'amend', label: t(exists ? 'amendment.clause.amend' : 'amendment.clause.add') },
                ...(exists ? [{ value: 'remove', label: t('amendment.clause.remove') }] : []),
              ]}
            />
            {action === 'amend' && drafts[name] && (
              <>
                <ClauseFields
                  name={name}
                  clause={drafts[name]}
                  onPatch={(change) => patch(name, change)}
                  error={(field) => error(`changes.${name}.${field}`, true)}
                />
                <ClauseSourceFields
                  source={drafts[name].source}
                  onChange={(source) => patch(name, { source })}
                />
              </>
            )}
          </fieldset>
        );
      })}
      <div className="row">
        <Button type="submit" variant="primary" disabled={saving || !text.trim()}>
          {t('amendment.propose.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
