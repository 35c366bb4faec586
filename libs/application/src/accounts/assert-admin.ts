import { Actor, DomainError } from '@passerelle/domain';

/** Platform administration is for admins alone (403 naming `role`). */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new DomainError('forbidden', 'administrators only', 'role');
}
