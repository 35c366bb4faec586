import { Actor, ActionPlan } from '@passerelle/domain';

export type ActionPlanToSave = Pick<
  ActionPlan,
  'conventionId' | 'year' | 'meetingId' | 'validatedOn' | 'items'
>;

/** One validated action plan per convention and year. */
export abstract class ActionPlanRepository {
  abstract listOf(conventionId: string): Promise<ActionPlan[]>;
  abstract byId(id: string): Promise<ActionPlan | null>;
  abstract ofYear(conventionId: string, year: number): Promise<ActionPlan | null>;
  /** Inserts the year's plan, or replaces it. */
  abstract save(plan: ActionPlanToSave, actor: Actor): Promise<ActionPlan>;
}
