import { Injectable } from '@nestjs/common';
import { Actor, calendarDateIn, DomainError, ExchangeRate } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { PaymentRepository } from '../../ports/payment.repository';

/**
 * `PUT /api/exchange-rates {currency, validFrom, eurPerUnit, source}` (admin): a published rate, used for payments in
 * that currency from that day on that come without a rate of their own. Idempotent.
 */
@Injectable()
export class SetExchangeRateUseCase {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(rate: ExchangeRate, actor: Actor): Promise<ExchangeRate> {
    if (actor.role !== 'admin')
      throw new DomainError('forbidden', 'only an admin records exchange rates', 'currency');
    if (rate.currency === 'EUR')
      throw new DomainError('invalid_input', 'currency: EUR has the rate 1', 'currency');
    if (rate.validFrom > calendarDateIn(this.clock.now(), 'UTC'))
      throw new DomainError(
        'invalid_input',
        'validFrom: a rate is recorded once published, not ahead',
        'validFrom',
      );
    return this.payments.setRate(rate, actor);
  }

  list(): Promise<ExchangeRate[]> {
    return this.payments.rates();
  }
}
