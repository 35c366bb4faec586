import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineOwnerRepository, OfficerRef } from '../../ports/deadline-owner.repository';
import { assertOfficer, ownershipContext } from '../ownership-access';

/** The officer who answers for the convention in the caller's organization (null: nobody). */
@Injectable()
export class SetLeadOfficerUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly owners: DeadlineOwnerRepository,
  ) {}

  async execute(
    conventionId: string,
    userId: string | null,
    actor: Actor,
  ): Promise<{ lead: OfficerRef | null }> {
    const { organizationId } = await ownershipContext(this.conventions, conventionId, actor, true);
    if (userId !== null) assertOfficer(await this.owners.officers(organizationId), userId);
    return { lead: await this.owners.setLead(conventionId, organizationId, userId, actor) };
  }
}
