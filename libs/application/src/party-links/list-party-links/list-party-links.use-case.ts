import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { PartyLinkRepository, PartyLinkStatus, PartyLinkView } from '../../ports/party-link.repository';

/** What an organization is asked to accept, and what it asked of others. */
@Injectable()
export class ListPartyLinksUseCase {
  constructor(private readonly links: PartyLinkRepository) {}

  execute(
    actor: Actor,
    status?: PartyLinkStatus,
  ): Promise<{ incoming: PartyLinkView[]; outgoing: PartyLinkView[] }> {
    if (actor.role !== 'admin' && !actor.organizationId)
      return Promise.resolve({ incoming: [], outgoing: [] });
    return this.links.list({ organizationId: actor.role === 'admin' ? null : actor.organizationId, status });
  }
}
