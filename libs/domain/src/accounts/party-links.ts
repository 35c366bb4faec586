import { ConventionDocument } from '../conventions/convention';
import { Actor } from './actor';

/** A party naming an organization that has not (yet) agreed to it. */
export interface PartyLinkRequest {
  partyName: string;
  organizationId: string;
}

/**
 * A party may name another organization only with its consent, else anyone could plant a
 * convention (and platform-signed reminder mails) in another organization. An officer's links to
 * their own organization, and links already in place, stay as written; any other link is taken out
 * of the document and returned as a request for that organization to accept. Admins link directly.
 */
export function holdForeignLinks<D extends Pick<ConventionDocument, 'parties'>>(
  actor: Actor,
  doc: D,
  current: Pick<ConventionDocument, 'parties'> | null,
): { doc: D; requests: PartyLinkRequest[] } {
  if (actor.role === 'admin') return { doc, requests: [] };
  const linked = new Set(
    (current?.parties ?? [])
      .filter((party) => party.organizationId)
      .map((party) => `${party.name}\u0000${party.organizationId}`),
  );
  const requests: PartyLinkRequest[] = [];
  const parties = doc.parties.map((party) => {
    const organizationId = party.organizationId;
    if (!organizationId || organizationId === actor.organizationId) return party;
    if (linked.has(`${party.name}\u0000${organizationId}`)) return party;
    if (
      !requests.some(
        (request) => request.partyName === party.name && request.organizationId === organizationId,
      )
    ) {
      requests.push({ partyName: party.name, organizationId });
    }
    return { ...party, organizationId: null };
  });
  return { doc: { ...doc, parties }, requests };
}

/** Links an admin sets that were not there before (each audited on its own). */
export function newLinks(
  doc: Pick<ConventionDocument, 'parties'>,
  current: Pick<ConventionDocument, 'parties'> | null,
): PartyLinkRequest[] {
  const before = new Set(
    (current?.parties ?? []).map((party) => `${party.name}\u0000${party.organizationId ?? ''}`),
  );
  return doc.parties
    .filter((party) => party.organizationId && !before.has(`${party.name}\u0000${party.organizationId}`))
    .map((party) => ({ partyName: party.name, organizationId: party.organizationId as string }));
}
