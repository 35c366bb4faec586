import { Actor } from '@passerelle/domain';
import { User } from '../ports/account.repository';

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    language: user.language,
  };
}
