import { ActionPlan, actionPlanTotals, IsoDate } from '@passerelle/domain';

export interface ActionPlanView extends ActionPlan {
  /** Budget per currency, cancelled actions left out. */
  totals: Record<string, number>;
  /** The action_plan deadline of the plan's year (planYear), satisfied by its validation. */
  deadline: { kind: 'action_plan'; dueOn: IsoDate; planYear: number } | null;
}

export function actionPlanView(plan: ActionPlan, deadline: ActionPlanView['deadline']): ActionPlanView {
  return { ...plan, totals: actionPlanTotals(plan.items), deadline };
}
