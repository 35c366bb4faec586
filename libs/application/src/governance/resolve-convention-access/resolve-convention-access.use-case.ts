import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, DomainError, StoredConvention, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceResource, GovernedConventions } from '../../ports/governance';

const NAMES: Record<GovernanceResource | 'convention', string> = {
  convention: 'convention',
  meeting: 'meeting',
  minutes: 'minutes',
  amendment: 'amendment',
  action_plan: 'action plan',
  evaluation: 'evaluation',
  file: 'file',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The convention a record belongs to, as the accounts rules allow, resolved once per request (by
 * the API's guard, which hands it to the use case): 404 when the record does not exist or belongs
 * to a convention the actor may not see (the same answer), 403 for a viewer's write.
 */
@Injectable()
export class ResolveConventionAccessUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governed: GovernedConventions,
  ) {}

  async execute(
    resource: GovernanceResource | 'convention',
    id: string,
    actor: Actor,
    access: 'read' | 'write',
  ): Promise<StoredConvention> {
    // A malformed id names nothing: the same 404 as an unknown one.
    const conventionId = !UUID.test(id)
      ? null
      : resource === 'convention'
        ? id
        : await this.governed.ownerOf(resource, id);
    const convention = conventionId
      ? await this.conventions.findById(conventionId, visibilityScope(actor))
      : null;
    if (!convention) throw new DomainError('not_found', `${NAMES[resource]} ${id} not found`, 'id');
    if (access === 'write') assertCanWrite(actor);
    return convention;
  }
}
