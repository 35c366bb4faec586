import { DomainError, findPartyName, IsoDate, Party } from '@passerelle/domain';
import { ActionPlan, ActionPlanItem } from '../ports/governance.repository';

export interface ActionPlanView extends ActionPlan {
  /** Budget per currency, cancelled actions left out. */
  totals: Record<string, number>;
  /** The action_plan deadline of the plan's year (planYear), satisfied by its validation. */
  deadline: { kind: 'action_plan'; dueOn: IsoDate; planYear: number } | null;
}

export function actionPlanView(plan: ActionPlan, deadline: ActionPlanView['deadline']): ActionPlanView {
  const totals: Record<string, number> = {};
  for (const item of plan.items) {
    if (item.status === 'cancelled' || item.budget == null || !item.currency) continue;
    totals[item.currency] = Math.round(((totals[item.currency] ?? 0) + item.budget) * 100) / 100;
  }
  return { ...plan, totals, deadline };
}

/** Each action is led by a party of the convention (400 naming `items[i].leadParty`); names as in the document. */
export function normaliseItems(parties: Party[], items: ActionPlanItem[]): ActionPlanItem[] {
  return items.map((item, index) => {
    const leadParty = findPartyName(parties, item.leadParty);
    if (!leadParty) {
      const field = `items[${index}].leadParty`;
      throw new DomainError(
        'invalid_input',
        `${field}: "${item.leadParty}" is not a party of the convention`,
        field,
      );
    }
    if (item.budget != null && !item.currency) {
      const field = `items[${index}].currency`;
      throw new DomainError('invalid_input', `${field}: required with a budget`, field);
    }
    return {
      axis: item.axis.trim(),
      action: item.action.trim(),
      leadParty,
      budget: item.budget ?? null,
      currency: item.currency ?? null,
      coFinancing: item.coFinancing ?? [],
      status: item.status,
    };
  });
}
