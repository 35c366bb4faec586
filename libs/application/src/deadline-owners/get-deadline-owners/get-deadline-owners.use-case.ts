import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineOwnerRepository, NamedOwner, OfficerRef } from '../../ports/deadline-owner.repository';
import { ownershipContext } from '../ownership-access';

export interface DeadlineOwnersView {
  organizationId: string;
  /** The convention's lead officer in the caller's organization: owns every deadline nobody was named for. */
  lead: OfficerRef | null;
  /** Deadlines named to someone other than the lead. */
  owners: NamedOwner[];
  /** Who may be chosen. */
  officers: OfficerRef[];
}

@Injectable()
export class GetDeadlineOwnersUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly owners: DeadlineOwnerRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<DeadlineOwnersView> {
    const { organizationId } = await ownershipContext(this.conventions, conventionId, actor, false);
    const [lead, owners, officers] = await Promise.all([
      this.owners.lead(conventionId, organizationId),
      this.owners.named(conventionId, organizationId),
      this.owners.officers(organizationId),
    ]);
    return { organizationId, lead, owners, officers };
  }
}
