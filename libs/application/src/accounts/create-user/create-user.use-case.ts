import { Injectable } from '@nestjs/common';
import { Actor, DomainError, Language, Role } from '@passerelle/domain';
import { AccountRepository, User } from '../../ports/account.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { assertPasswordStrength, SendAccountLinkUseCase } from '../auth.use-cases';
import { assertAdmin } from '../assert-admin';

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
