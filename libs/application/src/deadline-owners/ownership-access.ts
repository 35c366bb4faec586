import { Actor, assertCanWrite, DomainError, StoredConvention, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../ports/convention.repository';

/**
 * The convention (404 when the caller may not see it) and the organization whose owners are read
 * or changed: the caller's own, which must be one of the convention's parties.
 */
export async function ownershipContext(
  conventions: ConventionRepository,
  conventionId: string,
  actor: Actor,
  write: boolean,
): Promise<{ convention: StoredConvention; organizationId: string }> {
  const convention = await conventions.findById(conventionId, visibilityScope(actor));
  if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
  if (write) assertCanWrite(actor);
  const organizationId = actor.organizationId;
  if (!organizationId || !convention.parties.some((party) => party.organizationId === organizationId))
    throw new DomainError(
      'forbidden',
      'deadline owners are chosen by an organization that is a party to the convention',
      'organizationId',
    );
  return { convention, organizationId };
}

/** Only an active officer of the organization may lead a convention or own a deadline. */
export function assertOfficer(officers: Array<{ userId: string }>, userId: string, field = 'userId'): void {
  if (!officers.some((officer) => officer.userId === userId))
    throw new DomainError('invalid_input', `${field}: not an officer of your organization`, field);
}
