import { Injectable } from '@nestjs/common';
import { Actor, DomainError, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { PortfolioRepository, PortfolioView } from '../../ports/portfolio.repository';

/** A convention's projects, history, contacts and party profiles, with where they were imported from. */
@Injectable()
export class GetPortfolioUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly portfolio: PortfolioRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<PortfolioView> {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    return this.portfolio.get(conventionId);
  }
}
