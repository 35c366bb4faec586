import { Injectable, Optional } from '@nestjs/common';
import { Actor, computeConventionDeadlines, DeadlineKind, DomainError, IsoDate } from '@passerelle/domain';
import { governanceOf } from '../../governance/convention-governance';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineOwnerRepository, OfficerRef } from '../../ports/deadline-owner.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { assertOfficer, ownershipContext } from '../ownership-access';

export interface DeadlineOwnerView {
  kind: DeadlineKind;
  dueOn: IsoDate;
  /** The owner in effect: the one named, else the lead officer; null when neither. */
  owner: OfficerRef | null;
  /** True when the owner comes from the convention's lead officer. */
  byDefault: boolean;
}

/** Names the officer who answers for one deadline (null: back to the lead officer). Audited; idempotent. */
@Injectable()
export class AssignDeadlineOwnerUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly owners: DeadlineOwnerRepository,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(
    conventionId: string,
    kind: DeadlineKind,
    dueOn: IsoDate,
    userId: string | null,
    actor: Actor,
  ): Promise<DeadlineOwnerView> {
    const { convention, organizationId } = await ownershipContext(
      this.conventions,
      conventionId,
      actor,
      true,
    );
    const governance = await governanceOf(this.governance, convention);
    const exists = computeConventionDeadlines(convention, governance, { from: dueOn, to: dueOn }).some(
      (deadline) => deadline.kind === kind,
    );
    if (!exists)
      throw new DomainError('not_found', `no ${kind} deadline on ${dueOn} for this convention`, 'dueOn');
    if (userId !== null) assertOfficer(await this.owners.officers(organizationId), userId);
    const named = await this.owners.assign(conventionId, organizationId, { kind, dueOn }, userId, actor);
    const lead = await this.owners.lead(conventionId, organizationId);
    const owner = named ?? lead;
    return {
      kind,
      dueOn,
      owner: owner ? { userId: owner.userId, name: owner.name } : null,
      byDefault: !named && lead !== null,
    };
  }
}
