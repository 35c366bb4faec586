import { Actor, Language, Role } from '@passerelle/domain';

export interface Organization {
  id: string;
  name: string;
  country: string;
  timezone: string;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  language: Language;
  organizationId: string | null;
  role: Role;
  active: boolean;
  /** Reminders one by one, or a weekly digest on Monday at 08:00. */
  reminderMode: 'immediate' | 'digest';
  createdAt: string;
}

export type OneTimePurpose = 'invitation' | 'password_reset';

export abstract class AccountRepository {
  abstract createOrganization(
    org: Omit<Organization, 'id' | 'createdAt'>,
    actor: Actor | null,
  ): Promise<Organization>;
  abstract listOrganizations(): Promise<Organization[]>;
  abstract findOrganization(id: string): Promise<Organization | null>;

  /** Throws DomainError('conflict', …, 'email') when the address is taken. */
  abstract createUser(
    user: Omit<User, 'id' | 'createdAt' | 'active' | 'reminderMode'> & { passwordHash: string | null },
    actor: Actor | null,
  ): Promise<User>;
  abstract listUsers(organizationId?: string): Promise<User[]>;
  abstract findUserById(id: string): Promise<User | null>;
  abstract findUserByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null>;
  abstract updateUser(
    id: string,
    patch: Partial<Pick<User, 'name' | 'language' | 'reminderMode'>>,
    actor: Actor,
  ): Promise<User>;
  /** Sets the password and revokes every session of the user. */
  abstract setPassword(userId: string, passwordHash: string): Promise<void>;
  /** Creates the admin, or resets its password and role (ADMIN_EMAIL / ADMIN_PASSWORD at start). */
  abstract upsertAdmin(email: string, passwordHash: string): Promise<User>;

  abstract createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  /** The user of a live session: not expired at `now`, not revoked, user active. */
  abstract findSessionUser(tokenHash: string, now: Date): Promise<User | null>;
  abstract revokeSession(tokenHash: string): Promise<void>;

  abstract createOneTimeToken(
    userId: string,
    purpose: OneTimePurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void>;
  /** Marks the token used, atomically; the user id, or null when unknown, used or expired. */
  abstract consumeOneTimeToken(tokenHash: string, purpose: OneTimePurpose, now: Date): Promise<string | null>;

  /** Replaces the user's feed token: the previous one stops working. */
  abstract setCalendarToken(userId: string, tokenHash: string): Promise<void>;
  abstract revokeCalendarToken(userId: string): Promise<void>;
  abstract findUserByCalendarToken(tokenHash: string): Promise<User | null>;
}
