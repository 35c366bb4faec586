import { Actor, DomainError } from '@passerelle/domain';

/** An organization's declaration and report: its own users and admins; others get a 404 like a missing one. */
export function assertSeesOrganization(actor: Actor, organizationId: string): void {
  if (actor.role === 'admin' || actor.organizationId === organizationId) return;
  throw new DomainError('not_found', `organization ${organizationId} not found`, 'id');
}
