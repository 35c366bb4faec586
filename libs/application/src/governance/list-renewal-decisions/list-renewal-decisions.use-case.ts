import { Injectable } from '@nestjs/common';
import { RenewalDecision, StoredConvention } from '@passerelle/domain';
import { RenewalDecisionRepository } from '../../ports/governance';

/** Renewals, non-renewals and notices of termination recorded on a convention, by date. */
@Injectable()
export class ListRenewalDecisionsUseCase {
  constructor(private readonly decisions: RenewalDecisionRepository) {}

  execute(convention: StoredConvention): Promise<RenewalDecision[]> {
    return this.decisions.listOf(convention.id);
  }
}
