import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AccountRepository, User } from '../../ports/account.repository';
import { assertAdmin } from '../assert-admin';

@Injectable()
export class ListUsersUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor, organizationId?: string): Promise<User[]> {
    assertAdmin(actor);
    return this.accounts.listUsers(organizationId);
  }
}
