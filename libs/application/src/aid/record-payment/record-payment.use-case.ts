import { Injectable } from '@nestjs/common';
import {
  Actor,
  assertOwnParty,
  calendarDateIn,
  checkPayment,
  DomainError,
  NewPayment,
  Payment,
  PaymentWarning,
  toYearMonthDay,
  visibilityScope,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { PaymentRepository } from '../../ports/payment.repository';

export interface RecordedPayment extends Payment {
  warnings: Array<{ code: PaymentWarning; params: Record<string, string | number> }>;
}

/** POST /api/conventions/:id/payments (CONTRACT §7): one line of the ledger. */
@Injectable()
export class RecordPaymentUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly payments: PaymentRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(conventionId: string, payment: NewPayment, actor: Actor): Promise<RecordedPayment> {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    assertOwnParty(actor, convention);
    const checked = checkPayment(convention, payment, calendarDateIn(this.clock.now(), convention.timeZone));
    if ('problems' in checked) {
      const [first] = checked.problems;
      throw Object.assign(
        new DomainError(
          'invalid_input',
          checked.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
          first.field,
        ),
        { problems: checked.problems },
      );
    }
    const { ok } = checked;
    const [stored] = await this.payments.add(
      conventionId,
      [
        {
          party: ok.party,
          amount: payment.amount,
          currency: payment.currency.toUpperCase(),
          exchangeRate: ok.exchangeRate,
          amountEur: ok.amountEur,
          paidOn: payment.paidOn,
          country: ok.country,
          purpose: payment.purpose?.trim() || null,
          kind: payment.kind,
          origin: null,
        },
      ],
      actor,
    );
    const year = toYearMonthDay(payment.paidOn).year;
    return {
      ...stored,
      warnings: ok.warnings.map((code) => ({ code, params: { year, party: ok.party } })),
    };
  }
}
