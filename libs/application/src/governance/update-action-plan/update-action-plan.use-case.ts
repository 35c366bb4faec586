import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { ActionPlanItem, GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { ActionPlanView, actionPlanView, normaliseItems } from '../action-plan-view';

/** Follows a validated plan through the year: its items (status, budget) replaced as a whole. */
@Injectable()
export class UpdateActionPlanUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(planId: string, command: { items: ActionPlanItem[] }, actor: Actor): Promise<ActionPlanView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'action_plan',
      planId,
      actor,
      'write',
    );
    const items = normaliseItems(convention.parties, command.items);
    const current = await this.governance.actionPlan(planId);
    if (!current) throw new DomainError('not_found', `action plan ${planId} not found`, 'id');
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const plan = await tx.actionPlan(current.year);
      if (!plan) throw new DomainError('not_found', `action plan ${planId} not found`, 'id');
      const saved = await tx.saveActionPlan({
        year: plan.year,
        meetingId: plan.meetingId,
        validatedOn: plan.validatedOn,
        items,
      });
      return actionPlanView(saved, null);
    });
  }
}
