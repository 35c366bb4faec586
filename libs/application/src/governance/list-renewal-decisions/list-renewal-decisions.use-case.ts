import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository, RenewalDecision } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';

/** Renewals, non-renewals and notices of termination recorded on a convention, by date. */
@Injectable()
export class ListRenewalDecisionsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<RenewalDecision[]> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    return this.governance.renewalDecisions(convention.id);
  }
}
