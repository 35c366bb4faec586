import { Injectable } from '@nestjs/common';
import { ClockPort } from '../../ports/clock';
import { FirstAdminRepository } from '../../ports/first-admin.repository';
import { hashSecretToken } from '../secret-token';

/** For the setup page: say at once when a link is dead, before the person types anything. */
@Injectable()
export class CheckSetupLinkUseCase {
  constructor(
    private readonly firstAdmin: FirstAdminRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(token: string): Promise<{ usable: boolean; adminExists: boolean }> {
    const adminExists = await this.firstAdmin.adminExists();
    const usable =
      !adminExists && (await this.firstAdmin.isSetupTokenUsable(hashSecretToken(token), this.clock.now()));
    return { usable, adminExists };
  }
}
