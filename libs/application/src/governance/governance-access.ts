import { Actor, assertCanWrite, DomainError, StoredConvention, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../ports/convention.repository';
import { GovernanceRepository, GovernanceResource } from '../ports/governance.repository';

const NAMES: Record<GovernanceResource | 'convention', string> = {
  convention: 'convention',
  meeting: 'meeting',
  minutes: 'minutes',
  amendment: 'amendment',
  action_plan: 'action plan',
  evaluation: 'evaluation',
  file: 'file',
};

/**
 * The convention a record belongs to, as the accounts rules allow: 404 when the record does not
 * exist or belongs to a convention the actor may not see (the same answer), 403 for a viewer's write.
 */
export async function conventionFor(
  conventions: ConventionRepository,
  governance: GovernanceRepository,
  resource: GovernanceResource | 'convention',
  id: string,
  actor: Actor,
  access: 'read' | 'write',
): Promise<StoredConvention> {
  // A malformed id names nothing: the same 404 as an unknown one.
  const wellFormed = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const conventionId = !wellFormed
    ? null
    : resource === 'convention'
      ? id
      : await governance.conventionOf(resource, id);
  const convention = conventionId ? await conventions.findById(conventionId, visibilityScope(actor)) : null;
  if (!convention) throw new DomainError('not_found', `${NAMES[resource]} ${id} not found`, 'id');
  if (access === 'write') assertCanWrite(actor);
  return convention;
}
