import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AuditEntryView, AuditRepository } from '../../ports/audit.repository';
import { assertAdmin } from '../assert-admin';

@Injectable()
export class ListAuditUseCase {
  constructor(private readonly audit: AuditRepository) {}

  async execute(
    actor: Actor,
    filter: { entity?: string; actor?: string; before?: string; limit: number },
  ): Promise<AuditEntryView[]> {
    assertAdmin(actor);
    return this.audit.list(filter);
  }
}
