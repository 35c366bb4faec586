export type PartyLinkStatus = 'pending' | 'accepted' | 'refused' | 'withdrawn';

/** A party of a convention naming an organization, waiting for (or given) its consent. */
export interface PartyLinkView {
  id: string;
  conventionId: string;
  conventionReference: string;
  conventionTitle: string;
  partyName: string;
  organizationId: string;
  organizationName: string;
  /** The organization whose officer named it (null: gone). */
  requestedByOrganizationId: string | null;
  requestedByOrganizationName: string | null;
  requestedAt: string;
  status: PartyLinkStatus;
  answeredAt: string | null;
}

export abstract class PartyLinkRepository {
  /** Requests naming the organization (incoming) and those its officers made (outgoing); all for an admin. */
  abstract list(filter: {
    organizationId: string | null;
    status?: PartyLinkStatus;
  }): Promise<{ incoming: PartyLinkView[]; outgoing: PartyLinkView[] }>;
  abstract findById(id: string): Promise<PartyLinkView | null>;
  /**
   * In one transaction: the request still pending (else conflict), on `accepted` the party linked
   * (withdrawn and conflict when the convention no longer has that party unlinked), audited.
   */
  abstract answer(
    id: string,
    decision: 'accepted' | 'refused',
    by: { userId: string; email: string },
    at: Date,
  ): Promise<PartyLinkView>;
}
