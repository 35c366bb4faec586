import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  ActionPlanItem,
  Actor,
  DomainError,
  normaliseActionPlanItems,
  StoredConvention,
} from '@passerelle/domain';
import { ActionPlanRepository, GovernedConventions } from '../../ports/governance';
import { ActionPlanView, actionPlanView } from '../action-plan-view';

/** Follows a validated plan through the year: its items (status, budget) replaced as a whole. */
@Injectable()
export class UpdateActionPlanUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly plans: ActionPlanRepository,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    planId: string,
    command: { items: ActionPlanItem[] },
    actor: Actor,
  ): Promise<ActionPlanView> {
    const items = normaliseActionPlanItems(convention.parties, command.items);
    const current = await this.plans.byId(planId);
    if (!current || current.conventionId !== convention.id)
      throw new DomainError('not_found', `action plan ${planId} not found`, 'id');
    const doc = await this.governed.lock(convention.id);
    const plan = await this.plans.ofYear(doc.id, current.year);
    if (!plan) throw new DomainError('not_found', `action plan ${planId} not found`, 'id');
    const saved = await this.plans.save(
      {
        conventionId: doc.id,
        year: plan.year,
        meetingId: plan.meetingId,
        validatedOn: plan.validatedOn,
        items,
      },
      actor,
    );
    return actionPlanView(saved, null);
  }
}
