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
    // No rate typed: the table's rate for that currency on the day paid, if an admin recorded one.
    const currency = payment.currency.toUpperCase();
    const tableRate =
      currency !== 'EUR' && payment.exchangeRate == null
        ? await this.payments.rateOn(currency, payment.paidOn)
        : null;
    const checked = checkPayment(
      convention,
      tableRate ? { ...payment, exchangeRate: tableRate.eurPerUnit } : payment,
      calendarDateIn(this.clock.now(), convention.timeZone),
    );
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
          currency,
          exchangeRate: ok.exchangeRate,
          exchangeRateSource: tableRate ? 'table' : 'given',
          exchangeRateOn: tableRate?.validFrom ?? null,
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
