import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../../lib/api';
import { useGet } from '../../lib/use-api';
import {
  Button,
  Card,
  Loading,
  Notice,
  SelectField,
  Table,
  TextAreaField,
  TextField,
  useToast,
} from '../../ui';
import { DurationField } from '../clauses/DurationField';
import { ConventionSectionProps } from './section';

const KINDS = ['termination_notice', 'non_renewal', 'express_renewal'] as const;
type Kind = (typeof KINDS)[number];

/** Dénonciation, non-reconduction, renouvellement exprès: recorded, with what they change. */
export function RenewalSection({ convention: c, writable, revision, changed }: ConventionSectionProps) {
  const { t, date } = useI18n();
  const { notify } = useToast();
  const decisions = useGet(
    '/api/conventions/{id}/renewal-decisions',
    { params: { path: { id: c.id } } },
    revision,
  );
  const [kind, setKind] = useState<Kind>('non_renewal');
  const [decidedOn, setDecidedOn] = useState('');
  const [party, setParty] = useState(c.parties[0]?.name ?? '');
  const [months, setMonths] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    try {
      await api(`/api/conventions/${c.id}/renewal-decisions`, {
        method: 'POST',
        body: {
          kind,
          decidedOn,
          ...(kind === 'termination_notice' ? { party } : {}),
          ...(kind === 'express_renewal' && months ? { newTermMonths: months } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      notify(t('renewal.saved', { kind: t(`renewal.kind.${kind}`) }));
      setNote('');
      changed();
    } catch (caught) {
      setErrors(formErrors(caught));
    }
  };
  return (
    <Card title={t('renewal.title')}>
      <p className="muted">
        {c.keyDates?.nextRenewal
          ? t(`renewal.next.${c.keyDates.nextRenewal.kind}`, { date: date(c.keyDates.nextRenewal.on) })
          : t('renewal.next.none')}
      </p>
      {!decisions.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <Table
          caption={t('renewal.title')}
          captionHidden
          rows={decisions.data}
          rowKey={(row) => row.id}
          empty={t('renewal.empty')}
          columns={[
            { header: t('renewal.decidedOn'), cell: (row) => date(row.decidedOn) },
            { header: t('renewal.kind'), cell: (row) => t(`renewal.kind.${row.kind}`) },
            { header: t('renewal.party'), cell: (row) => row.party ?? '—' },
            { header: t('renewal.note'), cell: (row) => row.note ?? '—' },
          ]}
        />
      )}
      {writable && (
        <form className="stack" onSubmit={(event) => void submit(event)} aria-label={t('renewal.record')}>
          <h3>{t('renewal.record')}</h3>
          {errors && <Notice tone="error">{errors.message}</Notice>}
          <div className="fields">
            <SelectField
              label={t('renewal.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as Kind)}
              options={KINDS.map((value) => ({ value, label: t(`renewal.kind.${value}`) }))}
            />
            <TextField
              label={t('renewal.decidedOn')}
              type="date"
              required
              value={decidedOn}
              error={fieldError(errors, 'decidedOn')}
              onChange={(event) => setDecidedOn(event.target.value)}
            />
            {kind === 'termination_notice' && (
              <SelectField
                label={t('renewal.party')}
                hint={t('renewal.party.hint')}
                value={party}
                error={fieldError(errors, 'party')}
                onChange={(event) => setParty(event.target.value)}
                options={c.parties.map((entry) => ({ value: entry.name, label: entry.name }))}
              />
            )}
            {kind === 'express_renewal' && (
              <DurationField
                label={t('renewal.newTerm')}
                hint={t('renewal.newTerm.hint')}
                months={months}
                error={fieldError(errors, 'newTermMonths')}
                onChange={setMonths}
              />
            )}
          </div>
          <TextAreaField
            label={t('renewal.note')}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="row">
            <Button type="submit" variant="primary" disabled={!decidedOn}>
              {t('renewal.submit')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
