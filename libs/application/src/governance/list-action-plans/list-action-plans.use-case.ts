import { Injectable } from '@nestjs/common';
import { StoredConvention } from '@passerelle/domain';
import { ActionPlanRepository } from '../../ports/governance';
import { ActionPlanView, actionPlanView } from '../action-plan-view';

/** The convention's action plans by year. */
@Injectable()
export class ListActionPlansUseCase {
  constructor(private readonly plans: ActionPlanRepository) {}

  async execute(convention: StoredConvention): Promise<ActionPlanView[]> {
    return (await this.plans.listOf(convention.id)).map((plan) => actionPlanView(plan, null));
  }
}
