import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { AccountRepository } from '../../ports/account.repository';
import { AUTH_SETTINGS, AuthSettings } from '../auth.use-cases';
import { newSecretToken } from '../secret-token';

/** A new feed token for the caller (docs/api.md); the previous one stops working. */
@Injectable()
export class IssueCalendarTokenUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute(actor: Actor): Promise<{ token: string; url: string }> {
    const { token, hash } = newSecretToken('cal');
    await this.accounts.setCalendarToken(actor.userId, hash);
    return { token, url: `${this.settings.publicUrl}/api/calendar.ics?token=${encodeURIComponent(token)}` };
  }
}
