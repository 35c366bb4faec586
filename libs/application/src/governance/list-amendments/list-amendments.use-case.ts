import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { amendmentView, AmendmentView } from '../governance-views';

/** The avenants of a convention, by number, with their status and who has yet to answer. */
@Injectable()
export class ListAmendmentsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<AmendmentView[]> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    return (await this.governance.amendments(convention.id)).map((amendment) =>
      amendmentView(convention, amendment),
    );
  }

  async one(amendmentId: string, actor: Actor): Promise<AmendmentView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'amendment',
      amendmentId,
      actor,
      'read',
    );
    const amendment = await this.governance.amendment(amendmentId);
    if (!amendment) throw new DomainError('not_found', `amendment ${amendmentId} not found`, 'id');
    return amendmentView(convention, amendment);
  }
}
