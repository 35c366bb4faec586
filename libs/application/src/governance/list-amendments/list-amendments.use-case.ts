import { Injectable } from '@nestjs/common';
import { DomainError, StoredConvention } from '@passerelle/domain';
import { AmendmentRepository } from '../../ports/governance';
import { amendmentView, AmendmentView } from '../governance-views';

/** The avenants of a convention, by number, with their status and who has yet to answer. */
@Injectable()
export class ListAmendmentsUseCase {
  constructor(private readonly amendments: AmendmentRepository) {}

  async execute(convention: StoredConvention): Promise<AmendmentView[]> {
    return (await this.amendments.listOf(convention.id)).map((amendment) =>
      amendmentView(convention, amendment),
    );
  }

  async one(convention: StoredConvention, amendmentId: string): Promise<AmendmentView> {
    const amendment = await this.amendments.byId(amendmentId);
    if (!amendment || amendment.conventionId !== convention.id)
      throw new DomainError('not_found', `amendment ${amendmentId} not found`, 'id');
    return amendmentView(convention, amendment);
  }
}
