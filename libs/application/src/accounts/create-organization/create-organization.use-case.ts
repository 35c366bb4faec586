import { Injectable } from '@nestjs/common';
import { Actor, DomainError, isValidTimeZone } from '@passerelle/domain';
import { AccountRepository, Organization } from '../../ports/account.repository';
import { assertAdmin } from '../assert-admin';

@Injectable()
export class CreateOrganizationUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(
    input: { name: string; country: string; timezone: string },
    actor: Actor,
  ): Promise<Organization> {
    assertAdmin(actor);
    if (!isValidTimeZone(input.timezone))
      throw new DomainError('invalid_input', 'timezone: not an IANA time zone', 'timezone');
    return this.accounts.createOrganization(input, actor);
  }
}
