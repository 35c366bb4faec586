import { User } from './account.repository';

export interface FirstAdmin {
  email: string;
  name: string;
  language: User['language'];
  passwordHash: string;
}

/** The first-start setup links, and the one write they allow: the first admin. */
export abstract class FirstAdminRepository {
  abstract adminExists(): Promise<boolean>;
  abstract createSetupToken(tokenHash: string, expiresAt: Date): Promise<void>;
  /** Unused, not expired at `now`, and no admin yet. */
  abstract isSetupTokenUsable(tokenHash: string, now: Date): Promise<boolean>;
  /**
   * In one transaction, serialised with any other attempt: refuses when an admin exists, consumes
   * the token (unused and not expired at `now`), creates the admin and audits it.
   */
  abstract createFirstAdmin(
    tokenHash: string,
    now: Date,
    admin: FirstAdmin,
  ): Promise<User | 'admin_exists' | 'token_unusable'>;
}
