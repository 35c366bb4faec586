import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, calendarDateIn, DomainError, IsoDate } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { PaymentRepository } from '../../ports/payment.repository';
import { assertSeesOrganization } from '../aid-access';

/** The declaration of `year` was filed: its `apd_declaration` deadline is done. Retrying keeps one record. */
@Injectable()
export class RecordApdDeclarationUseCase {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(
    organizationId: string,
    year: number,
    input: { declaredOn?: IsoDate; note?: string },
    actor: Actor,
  ) {
    assertSeesOrganization(actor, organizationId);
    assertCanWrite(actor);
    const organization = await this.payments.organization(organizationId);
    if (!organization) throw new DomainError('not_found', `organization ${organizationId} not found`, 'id');
    const today = calendarDateIn(this.clock.now(), organization.timeZone);
    const declaredOn = input.declaredOn ?? today;
    if (declaredOn > today)
      throw new DomainError('invalid_input', 'declaredOn: cannot be in the future', 'declaredOn');
    if (declaredOn < `${year + 1}-01-01`) {
      throw new DomainError(
        'invalid_input',
        `declaredOn: the ${year} declaration is made from ${year + 1}`,
        'declaredOn',
      );
    }
    return this.payments.declare(
      { organizationId, year, declaredOn, note: input.note?.trim() || null, declaredBy: actor.email },
      actor,
    );
  }
}
