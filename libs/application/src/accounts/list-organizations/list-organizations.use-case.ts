import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AccountRepository, Organization } from '../../ports/account.repository';
import { assertAdmin } from '../assert-admin';

@Injectable()
export class ListOrganizationsUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<Organization[]> {
    assertAdmin(actor);
    return this.accounts.listOrganizations();
  }
}
