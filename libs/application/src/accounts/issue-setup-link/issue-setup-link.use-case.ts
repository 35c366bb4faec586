import { Inject, Injectable } from '@nestjs/common';
import { ClockPort } from '../../ports/clock';
import { FirstAdminRepository } from '../../ports/first-admin.repository';
import { AUTH_SETTINGS, AuthSettings } from '../auth.use-cases';
import { newSecretToken } from '../secret-token';

/** Long enough to come back after lunch, short enough that a link left in old logs is dead. */
export const SETUP_LINK_TTL_HOURS = 24;

/**
 * At start, with no admin and no ADMIN_EMAIL/ADMIN_PASSWORD: a single-use link to create the first
 * admin, printed on the console (only whoever reads it may use it). Each start prints a new one.
 */
@Injectable()
export class IssueSetupLinkUseCase {
  constructor(
    private readonly firstAdmin: FirstAdminRepository,
    private readonly clock: ClockPort,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute(): Promise<{ url: string; expiresAt: Date } | null> {
    if (await this.firstAdmin.adminExists()) return null;
    const { token, hash } = newSecretToken('stp');
    const expiresAt = new Date(this.clock.now().getTime() + SETUP_LINK_TTL_HOURS * 3600_000);
    await this.firstAdmin.createSetupToken(hash, expiresAt);
    return { url: `${this.settings.publicUrl}/setup?token=${encodeURIComponent(token)}`, expiresAt };
  }
}
