import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { ClockPort } from '../ports/clock';
import { AccountRepository, OneTimePurpose, User } from '../ports/account.repository';
import { Mailer } from '../ports/mailer';
import { PasswordHasher } from '../ports/password-hasher';
import { actorOf } from './actor-of';
import { hashSecretToken, newSecretToken } from './secret-token';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  sessionTtlHours: number;
  /** Base URL of links in mails (PUBLIC_URL). */
  publicUrl: string;
}

export const MIN_PASSWORD_LENGTH = 12;
const INVITATION_TTL_HOURS = 72;
const RESET_TTL_HOURS = 2;

export function assertPasswordStrength(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(
      'invalid_input',
      `${field}: must be at least ${MIN_PASSWORD_LENGTH} characters`,
      field,
    );
  }
}

@Injectable()
export class LoginUseCase {
  // Verifying against a real hash when the address is unknown keeps both answers equally slow.
  private decoyHash: Promise<string> | null = null;

  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: ClockPort,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute(
    email: string,
    password: string,
  ): Promise<{ accessToken: string; expiresAt: string; user: User }> {
    const user = await this.accounts.findUserByEmail(email);
    this.decoyHash ??= this.hasher.hash('decoy password that never matches');
    const valid = user?.passwordHash
      ? await this.hasher.verify(user.passwordHash, password)
      : (await this.hasher.verify(await this.decoyHash, password), false);
    if (!user || !valid || !user.active)
      throw new DomainError('unauthenticated', 'invalid e-mail or password');
    const { token, hash } = newSecretToken('pas');
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.sessionTtlHours * 3600_000);
    await this.accounts.createSession(user.id, hash, expiresAt);
    const { passwordHash: _hidden, ...visible } = user;
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: visible };
  }
}

@Injectable()
export class AuthenticateUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(token: string): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const user = await this.accounts.findSessionUser(hashSecretToken(token), this.clock.now());
    return user ? actorOf(user) : null;
  }
}

@Injectable()
export class LogoutUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(token: string): Promise<void> {
    await this.accounts.revokeSession(hashSecretToken(token));
  }
}

/** Sends a single-use link (invitation or password reset) in the user's language. */
@Injectable()
export class SendAccountLinkUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly mailer: Mailer,
    private readonly clock: ClockPort,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute(user: User, purpose: OneTimePurpose): Promise<void> {
    const { token, hash } = newSecretToken(purpose === 'invitation' ? 'inv' : 'rst');
    const hours = purpose === 'invitation' ? INVITATION_TTL_HOURS : RESET_TTL_HOURS;
    await this.accounts.createOneTimeToken(
      user.id,
      purpose,
      hash,
      new Date(this.clock.now().getTime() + hours * 3600_000),
    );
    const path = purpose === 'invitation' ? 'invitation' : 'reset-password';
    const link = `${this.settings.publicUrl}/${path}?token=${encodeURIComponent(token)}`;
    const locale: Locale = user.language;
    const params = { name: user.name, link, hours };
    await this.mailer.send({
      to: user.email,
      subject: translate(locale, `mail.${purpose}.subject`, params),
      text: translate(locale, `mail.${purpose}.text`, params),
    });
  }
}

@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sendLink: SendAccountLinkUseCase,
  ) {}

  /** Answers the same whether or not the address exists. */
  async execute(email: string): Promise<void> {
    const user = await this.accounts.findUserByEmail(email);
    if (!user || !user.active) return;
    const { passwordHash: _hidden, ...visible } = user;
    await this.sendLink.execute(visible, 'password_reset');
  }
}

/** Redeems an invitation or reset link: sets the password, revokes every open session. */
@Injectable()
export class RedeemAccountLinkUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: ClockPort,
  ) {}

  async execute(purpose: OneTimePurpose, token: string, password: string): Promise<void> {
    assertPasswordStrength(password);
    const userId = await this.accounts.consumeOneTimeToken(hashSecretToken(token), purpose, this.clock.now());
    if (!userId)
      throw new DomainError('invalid_input', 'token: this link is unknown, used or expired', 'token');
    await this.accounts.setPassword(userId, await this.hasher.hash(password));
  }
}

@Injectable()
export class EnsureAdminUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(email: string, password: string): Promise<User> {
    assertPasswordStrength(password, 'ADMIN_PASSWORD');
    return this.accounts.upsertAdmin(email.toLowerCase(), await this.hasher.hash(password));
  }
}
