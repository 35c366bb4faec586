import { useI18n } from '../../i18n/i18n';
import { FinancialCommitment } from '../../lib/types';
import { Button, SelectField, TextField } from '../../ui';

const CURRENCIES = ['EUR', 'MAD'];

/** The forecast financial commitments (CGCT: a convention states what each party commits). */
export function FinancialCommitmentsFields({
  commitments,
  parties,
  onChange,
  error,
}: {
  commitments: FinancialCommitment[];
  parties: string[];
  onChange(commitments: FinancialCommitment[]): void;
  error(field: string): string | null;
}) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<FinancialCommitment>) =>
    onChange(commitments.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const partyOptions = [...new Set(parties.filter((name) => name.trim()))].map((name) => ({
    value: name,
    label: name,
  }));
  return (
    <div className="stack" data-testid="financial-commitments">
      {commitments.length === 0 && <p className="empty">{t('editor.commitments.empty')}</p>}
      {commitments.map((line, index) => (
        <fieldset className="group" key={index}>
          <legend>{t('editor.commitments.n', { n: index + 1 })}</legend>
          <div className="fields">
            <SelectField
              label={t('commitment.party')}
              required
              value={line.party}
              error={error(`financialCommitments[${index}].party`)}
              onChange={(event) => set(index, { party: event.target.value })}
              options={[{ value: '', label: t('editor.commitments.choose_party') }, ...partyOptions]}
            />
            <TextField
              label={t('commitment.amount')}
              required
              type="number"
              inputMode="decimal"
              min={0}
              step="0.01"
              value={Number.isNaN(line.amount) ? '' : line.amount}
              error={error(`financialCommitments[${index}].amount`)}
              onChange={(event) =>
                set(index, { amount: event.target.value === '' ? NaN : Number(event.target.value) })
              }
            />
            <SelectField
              label={t('commitment.currency')}
              value={line.currency}
              onChange={(event) => set(index, { currency: event.target.value })}
              options={CURRENCIES.map((code) => ({ value: code, label: code }))}
            />
            <TextField
              label={t('commitment.year')}
              hint={t('editor.commitments.year.hint')}
              type="number"
              inputMode="numeric"
              min={1900}
              max={2200}
              value={line.year ?? ''}
              error={error(`financialCommitments[${index}].year`)}
              onChange={(event) =>
                set(index, { year: event.target.value === '' ? null : Number(event.target.value) })
              }
            />
          </div>
          <div className="row">
            <Button
              size="sm"
              variant="danger"
              onClick={() => onChange(commitments.filter((_, i) => i !== index))}
            >
              {t('editor.commitments.remove')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="row">
        <Button
          size="sm"
          onClick={() =>
            onChange([
              ...commitments,
              { party: partyOptions[0]?.value ?? '', amount: NaN, currency: 'EUR', year: null },
            ])
          }
        >
          {t('editor.commitments.add')}
        </Button>
      </div>
    </div>
  );
}
