import { IsoDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { Party } from '../conventions/convention';
import { partyOf } from './meeting';

export interface ActionPlanItem {
  axis: string;
  action: string;
  leadParty: string;
  budget?: number | null;
  currency?: string | null;
  coFinancing?: Array<{ source: string; amount?: number | null; currency?: string | null }>;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
}
export const ACTION_STATUSES: readonly ActionPlanItem['status'][] = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
];

/** Programme d'actions annuel, validated by the committee. */
export interface ActionPlan {
  id: string;
  conventionId: string;
  year: number;
  meetingId: string | null;
  validatedOn: IsoDate;
  items: ActionPlanItem[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Budget per currency, cancelled actions left out, to the cent. */
export function actionPlanTotals(items: readonly ActionPlanItem[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const item of items) {
    if (item.status === 'cancelled' || item.budget == null || !item.currency) continue;
    totals[item.currency] = Math.round(((totals[item.currency] ?? 0) + item.budget) * 100) / 100;
  }
  return totals;
}

/** Each action is led by a party of the convention (400 naming `items[i].leadParty`); a budget has a currency. */
export function normaliseActionPlanItems(parties: Party[], items: ActionPlanItem[]): ActionPlanItem[] {
  return items.map((item, index) => {
    const leadParty = partyOf(parties, item.leadParty, `items[${index}].leadParty`);
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
