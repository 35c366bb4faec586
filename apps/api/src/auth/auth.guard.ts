import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticateUseCase } from '@passerelle/application';
import { Request } from 'express';
import { IS_PUBLIC } from './public.decorator';
import { sessionTokenOf } from './session-token';

/** Global: every route needs a live session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticate: AuthenticateUseCase,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: unknown }>();
    const token = sessionTokenOf(request);
    const actor = token ? await this.authenticate.execute(token) : null;
    if (!actor) throw new UnauthorizedException('authentication required: a valid bearer token or session');
    request.actor = actor;
    return true;
  }
}
