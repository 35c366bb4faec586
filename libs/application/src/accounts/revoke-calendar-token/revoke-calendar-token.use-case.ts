import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AccountRepository } from '../../ports/account.repository';

@Injectable()
export class RevokeCalendarTokenUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<void> {
    await this.accounts.revokeCalendarToken(actor.userId);
  }
}
