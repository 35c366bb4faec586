import { useI18n } from '../../i18n/i18n';
import { CLAUSE_DEFAULTS } from '../../lib/convention-form';
import { CLAUSE_NAMES, ClauseName, Clauses } from '../../lib/types';
import { Card, CheckboxField } from '../../ui';
import { ClauseFields, ClauseSourceFields } from '../ClauseEditor';

/** Each clause: included or not, its fields, and where it is in the text. */
export function ClausesFieldset({
  clauses,
  setClause,
  patchClause,
  error,
}: {
  clauses: Clauses;
  setClause<K extends ClauseName>(name: K, value: Clauses[K] | undefined): void;
  patchClause<K extends ClauseName>(name: K, patch: Partial<NonNullable<Clauses[K]>>): void;
  error(field: string): string | null;
}) {
  const { t } = useI18n();
  return (
    <Card title={t('convention.clauses')}>
      <p className="muted">{t('editor.clauses.intro')}</p>
      {CLAUSE_NAMES.map((name) => {
        const enabled = Boolean(clauses[name]);
        return (
          <fieldset className="group" key={name} data-clause={name}>
            <legend>{t(`clause.${name}`)}</legend>
            <CheckboxField
              label={t('editor.clause.include', { clause: t(`clause.${name}`) })}
              checked={enabled}
              onChange={(event) =>
                setClause(
                  name,
                  event.target.checked ? (structuredClone(CLAUSE_DEFAULTS[name]) as never) : undefined,
                )
              }
            />
            {enabled && (
              <>
                <ClauseFields
                  name={name}
                  clause={clauses[name]!}
                  onPatch={(patch) => patchClause(name, patch as never)}
                  error={(field) => error(`clauses.${name}.${field}`)}
                />
                <ClauseSourceFields
                  source={clauses[name]?.source}
                  onChange={(source) => patchClause(name, { source })}
                />
              </>
            )}
          </fieldset>
        );
      })}
    </Card>
  );
}
