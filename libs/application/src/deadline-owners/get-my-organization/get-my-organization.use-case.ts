import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { DeadlineOwnerRepository, OrganizationProfile } from '../../ports/deadline-owner.repository';

/** The caller's organization: its name in the header, a new convention's own party. */
@Injectable()
export class GetMyOrganizationUseCase {
  constructor(private readonly owners: DeadlineOwnerRepository) {}

  async execute(actor: Actor): Promise<OrganizationProfile> {
    const organization = actor.organizationId ? await this.owners.organization(actor.organizationId) : null;
    if (!organization) throw new DomainError('not_found', 'you belong to no organization', 'organizationId');
    return organization;
  }
}
