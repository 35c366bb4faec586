import { Injectable, Optional } from '@nestjs/common';
import { Actor, DomainError, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { amendmentsInForceOf } from '../../governance/convention-governance';
import { GovernanceReader } from '../../ports/governance-reader';
import { ConventionView, toConventionView } from '../convention-view';

@Injectable()
export class GetConventionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(id: string, actor: Actor): Promise<ConventionView> {
    const convention = await this.conventions.findById(id, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${id} not found`, 'id');
    const now = this.clock.now();
    const amendments = await amendmentsInForceOf(this.governance, [convention], now);
    return toConventionView(convention, now, amendments.get(convention.id));
  }
}
