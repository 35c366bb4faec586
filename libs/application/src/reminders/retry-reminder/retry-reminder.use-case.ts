import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, DomainError, visibilityScope } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ReminderRepository } from '../../ports/reminder.repository';

/**
 * POST /api/reminders/:id/retry: a failed reminder goes back to pending, due now, with a new
 * 48-hour retry window. Officers retry their organization's conventions' reminders, admins any.
 */
@Injectable()
export class RetryReminderUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(id: string, actor: Actor): Promise<{ id: string; status: 'pending' }> {
    assertCanWrite(actor);
    const scope = visibilityScope(actor);
    const organizationId = scope.kind === 'organization' ? scope.organizationId : undefined;
    if (await this.reminders.retry(id, this.clock.now(), organizationId)) return { id, status: 'pending' };
    const [existing] = (await this.reminders.list({ id, organizationId, limit: 1 })) ?? [];
    if (!existing) throw new DomainError('not_found', `reminder ${id} not found`, 'id');
    throw new DomainError('conflict', `reminder ${id} is ${existing.status}, not failed`, 'id');
  }
}
