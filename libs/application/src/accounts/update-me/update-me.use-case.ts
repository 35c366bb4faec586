import { Injectable } from '@nestjs/common';
import { Actor, Language } from '@passerelle/domain';
import { AccountRepository, User } from '../../ports/account.repository';

@Injectable()
export class UpdateMeUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(
    actor: Actor,
    patch: { name?: string; language?: Language; reminderMode?: 'immediate' | 'digest' },
  ): Promise<User> {
    return this.accounts.updateUser(actor.userId, patch, actor);
  }
}
