import { ConventionDocument } from '../conventions/convention';
import { DomainError } from '../shared/domain-error';
import { Actor } from './actor';

/**
 * Who sees what: admins run the platform and see every convention; officers and viewers see the
 * conventions one of whose parties is their organization, and nothing else.
 */
export type VisibilityScope = { kind: 'all' } | { kind: 'organization'; organizationId: string };

export function visibilityScope(actor: Actor): VisibilityScope {
  if (actor.role === 'admin') return { kind: 'all' };
  // A non-admin always has an organization (database CHECK); an impossible id sees nothing.
  return {
    kind: 'organization',
    organizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000',
  };
}

export function assertCanWrite(actor: Actor): void {
  if (actor.role === 'viewer') throw new DomainError('forbidden', 'viewers read only', 'role');
}

/** An officer may create or keep a convention only if one of its parties is their organization. */
export function assertOwnParty(actor: Actor, doc: Pick<ConventionDocument, 'parties'>): void {
  assertCanWrite(actor);
  if (actor.role === 'admin') return;
  if (!doc.parties.some((party) => party.organizationId && party.organizationId === actor.organizationId)) {
    throw new DomainError(
      'forbidden',
      'parties: one party must be linked to your organization (organizationId)',
      'parties',
    );
  }
}
