import { Injectable } from '@nestjs/common';
import { Actor, DomainError, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { ConventionView, toConventionView } from '../convention-view';

@Injectable()
export class GetConventionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(id: string, actor: Actor): Promise<ConventionView> {
    const convention = await this.conventions.findById(id, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${id} not found`, 'id');
    return toConventionView(convention, this.clock.now());
  }
}
