import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, fieldError, FormErrors, formErrors } from '../lib/api';
import { ACTION_STATUSES, ActionPlan, ActionPlanItem, ActionStatus, Party } from '../lib/types';
import { Button, Notice, SelectField, TextField } from '../ui';

/** A co-financing line as typed: the amount and its currency are optional. */
interface CoFinancingRow {
  source: string;
  amount: string;
  currency: string;
}

interface ItemRow {
  axis: string;
  action: string;
  leadParty: string;
  budget: string;
  currency: string;
  status: ActionStatus;
  coFinancing: CoFinancingRow[];
}

/** The currency an action is usually budgeted in: the lead party's own. */
function currencyOf(parties: Party[], name: string): string {
  return parties.find((party) => party.name === name)?.country === 'MA' ? 'MAD' : 'EUR';
}

/** A validated plan's action as the form edits it. */
function rowOf(item: ActionPlanItem, parties: Party[]): ItemRow {
  return {
    axis: item.axis,
    action: item.action,
    leadParty: item.leadParty,
    budget: item.budget == null ? '' : String(item.budget),
    currency: item.currency ?? currencyOf(parties, item.leadParty),
    status: item.status,
    coFinancing: (item.coFinancing ?? []).map((line) => ({
      source: line.source,
      amount: line.amount == null ? '' : String(line.amount),
      currency: line.currency ?? item.currency ?? currencyOf(parties, item.leadParty),
    })),
  };
}

/**
 * The committee validates a year's action plan (`POST /api/meetings/:id/action-plans`): that
 * year's action_plan deadline is then recorded done on the meeting's date. Given a validated
 * `plan`, the form follows it through the year instead (`PATCH /api/action-plans/:id`: its items
 * replaced as a whole, its year and deadline unchanged).
 */
export function ActionPlanForm({
  meetingId,
  heldOn,
  parties,
  plan,
  onSaved,
  onCancel,
}: {
  meetingId: string;
  heldOn: string;
  parties: Party[];
  plan?: ActionPlan;
  onSaved(plan: ActionPlan): void;
  onCancel?(): void;
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
    coFinancing: [],
  });
  const [year, setYear] = useState(plan ? String(plan.year) : heldOn.slice(0, 4));
  const [items, setItems] = useState<ItemRow[]>(() =>
    plan && plan.items.length > 0 ? plan.items.map((item) => rowOf(item, parties)) : [emptyItem()],
  );
  const title = plan ? t('action_plan.edit_of', { year: plan.year }) : t('action_plan.validate');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const error = (field: string) => fieldError(errors, field);
  const setItem = (index: number, patch: Partial<ItemRow>) =>
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const setLine = (index: number, line: number, patch: Partial<CoFinancingRow>) =>
    setItem(index, {
      coFinancing: items[index].coFinancing.map((entry, j) => (j === line ? { ...entry, ...patch } : entry)),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    setSaving(true);
    const body = {
      items: items.map((item) => ({
        axis: item.axis.trim(),
        action: item.action.trim(),
        leadParty: item.leadParty,
        budget: item.budget.trim() === '' ? null : Number(item.budget.replace(',', '.')),
        currency: item.budget.trim() === '' ? null : item.currency.trim().toUpperCase() || null,
        coFinancing: item.coFinancing.map((line) => ({
          source: line.source.trim(),
          amount: line.amount.trim() === '' ? null : Number(line.amount.replace(',', '.')),
          currency: line.amount.trim() === '' ? null : line.currency.trim().toUpperCase() || null,
        })),
        status: item.status,
      })),
    };
    try {
      const saved = plan
        ? await api<ActionPlan>(`/api/action-plans/${plan.id}`, { method: 'PATCH', body })
        : await api<ActionPlan>(`/api/meetings/${meetingId}/action-plans`, {
            method: 'POST',
            body: { year: Number.parseInt(year, 10), ...body },
          });
      if (!plan) setItems([emptyItem()]);
      onSaved(saved);
    } catch (caught) {
      setErrors(formErrors(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={title}>
      <h3>{title}</h3>
      {errors && <Notice tone="error">{errors.message}</Notice>}
      {!plan && (
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
      )}
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
          <fieldset className="group">
            <legend>{t('action_plan.cofinancing', { n: index + 1 })}</legend>
            {item.coFinancing.length === 0 && <p className="muted">{t('action_plan.cofinancing.empty')}</p>}
            {item.coFinancing.map((line, j) => {
              const names = { n: index + 1, m: j + 1 };
              const field = `items[${index}].coFinancing[${j}]`;
              return (
                <div className="fields" key={j}>
                  <TextField
                    label={t('action_plan.cofinancing.source', names)}
                    hint={j === 0 ? t('action_plan.cofinancing.source.hint') : undefined}
                    required
                    maxLength={300}
                    value={line.source}
                    error={error(`${field}.source`)}
                    onChange={(event) => setLine(index, j, { source: event.target.value })}
                  />
                  <TextField
                    label={t('action_plan.cofinancing.amount', names)}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step="0.01"
                    value={line.amount}
                    error={error(`${field}.amount`)}
                    onChange={(event) => setLine(index, j, { amount: event.target.value })}
                  />
                  <TextField
                    label={t('action_plan.cofinancing.currency', names)}
                    maxLength={3}
                    value={line.currency}
                    error={error(`${field}.currency`)}
                    onChange={(event) => setLine(index, j, { currency: event.target.value.toUpperCase() })}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() =>
                      setItem(index, { coFinancing: item.coFinancing.filter((_, other) => other !== j) })
                    }
                  >
                    {t('action_plan.cofinancing.remove', names)}
                  </Button>
                </div>
              );
            })}
            <Button
              size="sm"
              onClick={() =>
                setItem(index, {
                  coFinancing: [
                    ...item.coFinancing,
                    {
                      source: '',
                      amount: '',
                      currency: item.currency || currencyOf(parties, item.leadParty),
                    },
                  ],
                })
              }
            >
              {t('action_plan.cofinancing.add', { n: index + 1 })}
            </Button>
          </fieldset>
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
          {t(plan ? 'action_plan.update' : 'action_plan.save')}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
