import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, DomainError } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { PartyLinkRepository, PartyLinkView } from '../../ports/party-link.repository';

/**
 * The named organization's officers (or an admin) accept or refuse a link. Anyone else is told the
 * request does not exist, as with another organization's convention.
 */
@Injectable()
export class AnswerPartyLinkUseCase {
  constructor(
    private readonly links: PartyLinkRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(id: string, decision: 'accepted' | 'refused', actor: Actor): Promise<PartyLinkView> {
    const request = await this.links.findById(id);
    const concerned = actor.role === 'admin' || (request && request.organizationId === actor.organizationId);
    if (!request || !concerned) throw new DomainError('not_found', `party link ${id} not found`, 'id');
    assertCanWrite(actor);
    if (request.status !== 'pending') {
      throw new DomainError('conflict', `this request is already ${request.status}`, 'status');
    }
    const answered = await this.links.answer(
      id,
      decision,
      { userId: actor.userId, email: actor.email },
      this.clock.now(),
    );
    if (answered.status === 'withdrawn') {
      throw new DomainError(
        'conflict',
        'the convention no longer has this party as it was named',
        'partyName',
      );
    }
    return answered;
  }
}
