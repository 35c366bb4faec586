import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { ActionPlanView, actionPlanView } from '../action-plan-view';

/** The convention's action plans by year. */
@Injectable()
export class ListActionPlansUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<ActionPlanView[]> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    return (await this.governance.actionPlans(convention.id)).map((plan) => actionPlanView(plan, null));
  }
}
