import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';

/**
 * Viewers read only: a route that serves the convention editor answers them 403 before looking at
 * the body, exactly like the writes it prepares (runs after the global session guard).
 */
@Injectable()
export class WritersOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
    if (actor?.role === 'viewer') throw new ForbiddenException('viewers read only');
    return true;
  }
}
