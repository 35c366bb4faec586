import { Injectable } from '@nestjs/common';
import {
  Actor,
  assertOwnParty,
  calendarDateIn,
  checkPayment,
  DomainError,
  findPartyName,
  IsoDate,
  visibilityScope,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { ActionPlanRepository } from '../../ports/governance';
import { PaymentRepository, PaymentToStore } from '../../ports/payment.repository';

export interface ImportActionPlanPaymentsCommand {
  actionPlanId: string;
  paidOn: IsoDate;
  /** Euros for one unit, per currency other than EUR found on the lines. */
  exchangeRates?: Record<string, number>;
}

/**
 * Turns an action plan's co-financing lines into payments: each line whose source is a party of
 * the convention and that states an amount. All lines or none; a line already imported is skipped,
 * so retrying the import adds nothing.
 */
@Injectable()
export class ImportActionPlanPaymentsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly actionPlans: ActionPlanRepository,
    private readonly payments: PaymentRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(conventionId: string, command: ImportActionPlanPaymentsCommand, actor: Actor) {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    assertOwnParty(actor, convention);
    const plan = await this.actionPlans.byId(command.actionPlanId);
    if (!plan || plan.conventionId !== conventionId) {
      throw new DomainError(
        'invalid_input',
        'actionPlanId: no such action plan on this convention',
        'actionPlanId',
      );
    }
    for (const [currency, rate] of Object.entries(command.exchangeRates ?? {})) {
      if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
        throw new DomainError(
          'invalid_input',
          `exchangeRates.${currency}: must be a positive number`,
          `exchangeRates.${currency}`,
        );
      }
    }
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const lines: PaymentToStore[] = [];
    const skipped: Array<{ item: number; line: number; reason: string }> = [];
    plan.items.forEach((planItem, itemIndex) => {
      (planItem.coFinancing ?? []).forEach((line, lineIndex) => {
        const party = findPartyName(convention.parties, line.source);
        if (!party || !line.amount) {
          skipped.push({ item: itemIndex, line: lineIndex, reason: party ? 'no_amount' : 'not_a_party' });
          return;
        }
        const currency = (line.currency ?? planItem.currency ?? 'EUR').toUpperCase();
        const checked = checkPayment(
          convention,
          {
            party,
            amount: line.amount,
            currency,
            exchangeRate: command.exchangeRates?.[currency] ?? null,
            paidOn: command.paidOn,
            kind: 'cash',
          },
          today,
        );
        if ('problems' in checked) {
          const [problem] = checked.problems;
          const field = problem.field === 'currency' ? `exchangeRates.${currency}` : problem.field;
          throw new DomainError(
            'invalid_input',
            `${field}: ${problem.message} (item ${itemIndex}, line ${lineIndex})`,
            field,
          );
        }
        lines.push({
          party,
          amount: line.amount,
          currency,
          exchangeRate: checked.ok.exchangeRate,
          exchangeRateSource: 'given',
          exchangeRateOn: null,
          amountEur: checked.ok.amountEur,
          paidOn: command.paidOn,
          country: checked.ok.country,
          purpose: `${planItem.axis} — ${planItem.action}`,
          kind: 'cash',
          origin: { actionPlanId: plan.id, item: itemIndex, line: lineIndex },
        });
      });
    });
    const created = await this.payments.add(conventionId, lines, actor);
    return { created, unchanged: lines.length - created.length, skipped };
  }
}
