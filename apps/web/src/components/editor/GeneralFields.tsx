import { useI18n } from '../../i18n/i18n';
import { chosen, INSTRUMENTS } from '../../lib/convention-form';
import { ConventionDocument } from '../../lib/types';
import { Card, SelectField, TextAreaField, TextField } from '../../ui';

export function GeneralFields({
  form,
  set,
  error,
}: {
  form: ConventionDocument;
  set(patch: Partial<ConventionDocument>): void;
  error(field: string): string | null;
}) {
  const { t } = useI18n();
  return (
    <Card title={t('editor.general')}>
      <div className="fields">
        <TextField
          label={t('convention.reference')}
          hint={t('editor.reference.hint')}
          required
          value={form.reference}
          error={error('reference')}
          onChange={(event) => set({ reference: event.target.value })}
        />
        <TextField
          label={t('convention.title')}
          required
          value={form.title}
          error={error('title')}
          onChange={(event) => set({ title: event.target.value })}
        />
        <SelectField
          label={t('convention.instrument')}
          value={form.instrument}
          onChange={(event) => set({ instrument: chosen(INSTRUMENTS, event.target.value) })}
          options={INSTRUMENTS.map((value) => ({ value, label: t(`convention.instrument.${value}`) }))}
        />
        <TextField
          label={t('convention.effectiveOn')}
          hint={t('editor.effectiveOn.hint')}
          type="date"
          value={form.effectiveOn ?? ''}
          onChange={(event) => set({ effectiveOn: event.target.value || null })}
        />
      </div>
      <TextAreaField
        label={t('convention.object')}
        rows={3}
        value={form.object ?? ''}
        error={error('object')}
        onChange={(event) => set({ object: event.target.value })}
      />
    </Card>
  );
}
