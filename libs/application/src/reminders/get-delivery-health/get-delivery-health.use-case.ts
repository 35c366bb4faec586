import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { DeliveryHealth, ReminderRepository } from '../../ports/reminder.repository';

/** How long a due reminder may wait before the admins' banner speaks up. */
export const DELIVERY_LATE_AFTER_SECONDS = 30 * 60;

/**
 * GET /api/admin/reminders/delivery: what the admins' banner and dashboard show — failed
 * reminders, reminders waiting past their time (an SMTP outage), the last error.
 */
@Injectable()
export class GetDeliveryHealthUseCase {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(actor: Actor): Promise<DeliveryHealth & { alert: 'none' | 'late' | 'failed' }> {
    if (actor.role !== 'admin') throw new DomainError('forbidden', 'administrators only', 'role');
    const health = await this.reminders.deliveryHealth(this.clock.now());
    const alert =
      health.byStatus.failed > 0
        ? 'failed'
        : health.oldestDuePendingSeconds > DELIVERY_LATE_AFTER_SECONDS
          ? 'late'
          : 'none';
    return { ...health, alert };
  }
}
