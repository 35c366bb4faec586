import { Injectable } from '@nestjs/common';
import { Actor, apdSummary, DomainError, Payment, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { PaymentRepository } from '../../ports/payment.repository';

/** GET /api/conventions/:id/payments: the ledger, with its totals per currency and in euros. */
@Injectable()
export class ListPaymentsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly payments: PaymentRepository,
  ) {}

  async execute(conventionId: string, actor: Actor) {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    const items: Payment[] = await this.payments.list(conventionId);
    const years = [...new Set(items.map((payment) => Number(payment.paidOn.slice(0, 4))))].sort();
    return {
      items,
      byYear: years.map((year) => {
        const { totals, totalEur } = apdSummary(year, items);
        return { year, totals, totalEur };
      }),
    };
  }
}
