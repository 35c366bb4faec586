import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../lib/api';
import { ACTION_STATUSES, ActionPlan, ActionStatus, Party } from '../lib/types';
import { Button, Notice, SelectField, TextField } from '../ui';

interface ItemRow {
  axis: string;
  action: string;
  leadParty: string;
  budget: string;
  currency: string;
  status: ActionStatus;
}

/** The currency an action is usually budgeted in: the lead party's own. */
function currencyOf(parties: Party[], name: string): string {
  return parties.find((party) => party.name === name)?.country === 'MA' ? 'MAD' : 'EUR';
}

/**
 * The committee validates a year's action plan (`POST /api/meetings/:id/action-plans`): that
 * year's action_plan deadline is then recorded done on the meeting's date.
 */
export function ActionPlanForm({
  meetingId,
  heldOn,
  parties,
  onSaved,
}: {
  meetingId: string;
  heldOn: string;
  parties: Party[];
  onSaved(plan: ActionPlan): void;
}) {
  const { t } = useI18n();
  const names = parties.map((party) => party.name);
  const emptyItem = (): ItemRow => ({
    axis: '',
    action: '',
    leadParty: names[0] ?? '',
    budget: '',
    currency: currencyOf(parties, names[0] ?? ''),
    status: 'planned',
  });
  const [year, setYear] = useState(heldOn.slice(0, 4));
  const [items, setItems] = useState<ItemRow[]>([emptyItem()]);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (field: string) => fieldError(errors, field);
  const setItem = (index: number, patch: Partial<ItemRow>) =>
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    setSaving(true);
    try {
      const plan = await api<ActionPlan>(`/api/meetings/${meetingId}/action-plans`, {
        method: 'POST',
        body: {
          year: Number.parseInt(year, 10),
          items: items.map((item) => ({
            axis: item.axis.trim(),
            action: item.action.trim(),
            leadParty: item.leadParty,
            budget: item.budget.trim() === '' ? null : Number(item.budget.replace(',', '.')),
            currency: item.budget.trim() === '' ? null : item.currency.trim().toUpperCase() || null,
            status: item.status,
          })),
        },
      });
      setItems([emptyItem()]);
      onSaved(plan);
    } catch (caught) {
      setErrors(formErrors(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('action_plan.validate')}>
      <h3>{t('action_plan.validate')}</h3>
      {errors && <Notice tone="error">{errors.message}</Notice>}
      <TextField
        label={t('action_plan.year')}
        hint={t('action_plan.year.hint')}
        type="number"
        inputMode="numeric"
        required
        min={1900}
        max={9999}
        value={year}
        error={error('year')}
        onChange={(event) => setYear(event.target.value)}
      />
      {items.map((item, index) => (
        <fieldset className="group" key={index}>
          <legend>{t('action_plan.item', { n: index + 1 })}</legend>
          <div className="fields">
            <TextField
              label={t('action_plan.axis', { n: index + 1 })}
              required
              maxLength={300}
              value={item.axis}
              error={error(`items[${index}].axis`)}
              onChange={(event) => setItem(index, { axis: event.target.value })}
            />
            <TextField
              label={t('action_plan.action', { n: index + 1 })}
              required
              maxLength={2000}
              value={item.action}
              error={error(`items[${index}].action`)}
              onChange={(event) => setItem(index, { action: event.target.value })}
            />
            <SelectField
              label={t('action_plan.leadParty', { n: index + 1 })}
              value={item.leadParty}
              error={error(`items[${index}].leadParty`)}
              onChange={(event) =>
                setItem(index, {
                  leadParty: event.target.value,
                  currency: currencyOf(parties, event.target.value),
                })
              }
              options={names.map((name) => ({ value: name, label: name }))}
            />
            <TextField
              label={t('action_plan.budget', { n: index + 1 })}
              type="number"
              inputMode="decimal"
              min={0}
              step="0.01"
              value={item.budget}
              error={error(`items[${index}].budget`)}
              onChange={(event) => setItem(index, { budget: event.target.value })}
            />
            <TextField
              label={t('action_plan.currency', { n: index + 1 })}
              hint={t('action_plan.currency.hint')}
              maxLength={3}
              value={item.currency}
              error={error(`items[${index}].currency`)}
              onChange={(event) => setItem(index, { currency: event.target.value.toUpperCase() })}
            />
            <SelectField
              label={t('action_plan.status', { n: index + 1 })}
              value={item.status}
              error={error(`items[${index}].status`)}
              onChange={(event) => setItem(index, { status: event.target.value as ActionStatus })}
              options={ACTION_STATUSES.map((status) => ({
                value: status,
                label: t(`action_plan.status.${status}`),
              }))}
            />
          </div>
          {items.length > 1 && (
            <Button size="sm" variant="ghost" onClick={() => setItems(items.filter((_, i) => i !== index))}>
              {t('action_plan.item.remove', { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="row">
        <Button size="sm" onClick={() => setItems([...items, emptyItem()])}>
          {t('action_plan.item.add')}
        </Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {t('action_plan.save')}
        </Button>
      </div>
    </form>
  );
}
