import { Injectable } from '@nestjs/common';
import { DomainError } from '@passerelle/domain';
import { User } from '../../ports/account.repository';
import { ClockPort } from '../../ports/clock';
import { FirstAdminRepository } from '../../ports/first-admin.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { assertPasswordStrength } from '../auth.use-cases';
import { hashSecretToken } from '../secret-token';

export interface CreateFirstAdminCommand {
  token: string;
  email: string;
  name: string;
  password: string;
  language: User['language'];
}

/** Redeems the setup link printed at first start: the first admin, then the link is dead. */
@Injectable()
export class CreateFirstAdminUseCase {
  constructor(
    private readonly firstAdmin: FirstAdminRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: ClockPort,
  ) {}

  async execute(command: CreateFirstAdminCommand): Promise<User> {
    assertPasswordStrength(command.password);
    const passwordHash = await this.hasher.hash(command.password);
    const outcome = await this.firstAdmin.createFirstAdmin(hashSecretToken(command.token), this.clock.now(), {
      email: command.email.trim().toLowerCase(),
      name: command.name.trim(),
      language: command.language,
      passwordHash,
    });
    if (outcome === 'admin_exists') {
      throw new DomainError('conflict', 'token: an administrator already exists: sign in instead', 'token');
    }
    if (outcome === 'token_unusable') {
      throw new DomainError('invalid_input', 'token: this setup link is unknown, used or expired', 'token');
    }
    return outcome;
  }
}
