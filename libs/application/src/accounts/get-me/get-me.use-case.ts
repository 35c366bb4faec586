import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { AccountRepository, User } from '../../ports/account.repository';

@Injectable()
export class GetMeUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<User> {
    const user = await this.accounts.findUserById(actor.userId);
    if (!user) throw new DomainError('unauthenticated', 'session no longer valid');
    return user;
  }
}
