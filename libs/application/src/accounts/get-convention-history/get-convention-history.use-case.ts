import { Injectable } from '@nestjs/common';
import { Actor, DomainError, visibilityScope } from '@passerelle/domain';
import { AuditEntryView, AuditRepository } from '../../ports/audit.repository';
import { ConventionRepository } from '../../ports/convention.repository';

@Injectable()
export class GetConventionHistoryUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly audit: AuditRepository,
  ) {}

  async execute(conventionId: string, actor: Actor, limit = 200): Promise<AuditEntryView[]> {
    if (!(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    const entries = await this.audit.forConvention(conventionId, limit);
    // Another organization's internal notes stay out of the history too.
    return entries.filter(
      (entry) =>
        entry.entity !== 'organization_note' ||
        actor.role === 'admin' ||
        entry.entityId === actor.organizationId,
    );
  }
}
