import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AccountRepository } from '../../ports/account.repository';
import { actorOf } from '../actor-of';
import { hashSecretToken } from '../secret-token';

@Injectable()
export class AuthenticateCalendarTokenUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(token: string): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const user = await this.accounts.findUserByCalendarToken(hashSecretToken(token));
    return user ? actorOf(user) : null;
  }
}
