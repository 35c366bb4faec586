import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  assertCanWrite,
  DomainError,
  isValidTimeZone,
  Language,
  Role,
  visibilityScope,
} from '@passerelle/domain';
import { AccountRepository, Organization, User } from '../ports/account.repository';
import { AuditEntryView, AuditRepository } from '../ports/audit.repository';
import { ConventionRepository } from '../ports/convention.repository';
import { NoteRepository, OrganizationNote } from '../ports/note.repository';
import { PasswordHasher } from '../ports/password-hasher';
import { actorOf } from './actor-of';
import {
  assertPasswordStrength,
  AUTH_SETTINGS,
  AuthSettings,
  SendAccountLinkUseCase,
} from './auth.use-cases';
import { hashSecretToken, newSecretToken } from './secret-token';

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new DomainError('forbidden', 'administrators only', 'role');
}

@Injectable()
export class CreateOrganizationUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(
    input: { name: string; country: string; timezone: string },
    actor: Actor,
  ): Promise<Organization> {
    assertAdmin(actor);
    if (!isValidTimeZone(input.timezone))
      throw new DomainError('invalid_input', 'timezone: not an IANA time zone', 'timezone');
    return this.accounts.createOrganization(input, actor);
  }
}

@Injectable()
export class ListOrganizationsUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<Organization[]> {
    assertAdmin(actor);
    return this.accounts.listOrganizations();
  }
}

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string;
  organizationId?: string | null;
  role: Role;
  language: Language;
}

/** With a password the account is ready; without, the user receives a single-use invitation link. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly sendLink: SendAccountLinkUseCase,
  ) {}

  async execute(input: CreateUserInput, actor: Actor): Promise<User> {
    assertAdmin(actor);
    if (input.role !== 'admin' && !input.organizationId) {
      throw new DomainError(
        'invalid_input',
        'organizationId: required for officers and viewers',
        'organizationId',
      );
    }
    if (input.organizationId && !(await this.accounts.findOrganization(input.organizationId))) {
      throw new DomainError('invalid_input', 'organizationId: unknown organization', 'organizationId');
    }
    if (input.password) assertPasswordStrength(input.password);
    const user = await this.accounts.createUser(
      {
        email: input.email,
        name: input.name,
        language: input.language,
        organizationId: input.organizationId ?? null,
        role: input.role,
        passwordHash: input.password ? await this.hasher.hash(input.password) : null,
      },
      actor,
    );
    if (!input.password) await this.sendLink.execute(user, 'invitation');
    return user;
  }
}

@Injectable()
export class ListUsersUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor, organizationId?: string): Promise<User[]> {
    assertAdmin(actor);
    return this.accounts.listUsers(organizationId);
  }
}

@Injectable()
export class GetMeUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<User> {
    const user = await this.accounts.findUserById(actor.userId);
    if (!user) throw new DomainError('unauthenticated', 'session no longer valid');
    return user;
  }
}

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

@Injectable()
export class RevokeCalendarTokenUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(actor: Actor): Promise<void> {
    await this.accounts.revokeCalendarToken(actor.userId);
  }
}

@Injectable()
export class AuthenticateCalendarTokenUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(token: string): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const user = await this.accounts.findUserByCalendarToken(hashSecretToken(token));
    return user ? actorOf(user) : null;
  }
}

@Injectable()
export class GetConventionHistoryUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly audit: AuditRepository,
  ) {}

  async execute(conventionId: string, actor: Actor, limit = 200): Promise<AuditEntryView[]> {
    if (!(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    const entries = await this.audit.forConvention(conventionId, limit);
    // Another organization's internal notes stay out of the history too.
    return entries.filter(
      (entry) =>
        entry.entity !== 'organization_note' ||
        actor.role === 'admin' ||
        entry.entityId === actor.organizationId,
    );
  }
}

@Injectable()
export class ListAuditUseCase {
  constructor(private readonly audit: AuditRepository) {}

  async execute(
    actor: Actor,
    filter: { entity?: string; actor?: string; before?: string; limit: number },
  ): Promise<AuditEntryView[]> {
    assertAdmin(actor);
    return this.audit.list(filter);
  }
}

@Injectable()
export class GetOrganizationNoteUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly notes: NoteRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<OrganizationNote | { text: '' }> {
    if (!actor.organizationId || !(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    return (await this.notes.get(conventionId, actor.organizationId)) ?? { text: '' };
  }
}

@Injectable()
export class PutOrganizationNoteUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly notes: NoteRepository,
  ) {}

  async execute(conventionId: string, text: string, actor: Actor): Promise<OrganizationNote> {
    if (!actor.organizationId || !(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    assertCanWrite(actor);
    return this.notes.put(conventionId, actor.organizationId, text, actor);
  }
}
