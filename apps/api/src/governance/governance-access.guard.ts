import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import {
  ConventionRepository,
  conventionFor,
  GovernanceRepository,
  GovernanceResource,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { Request } from 'express';

const RESOURCE = 'passerelle:governance-resource';

/** The kind of record `:id` names on a controller's routes. */
export const GovernanceAccess = (resource: GovernanceResource | 'convention') =>
  SetMetadata(RESOURCE, resource);

/**
 * Runs before the body is validated or a file read: another organization's record answers 404
 * (like one that does not exist) and a viewer's write 403, whatever the request carries.
 */
@Injectable()
export class GovernanceAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const resource = this.reflector.getAllAndOverride<GovernanceResource | 'convention' | undefined>(
      RESOURCE,
      [context.getHandler(), context.getClass()],
    );
    if (!resource) return true;
    const request = context.switchToHttp().getRequest<Request & { actor: Actor }>();
    const write = !['GET', 'HEAD'].includes(request.method);
    await conventionFor(
      this.conventions,
      this.governance,
      resource,
      String(request.params.id),
      request.actor,
      write ? 'write' : 'read',
    );
    return true;
  }
}

/**
 * A governance controller whose `:id` names a `resource`: guarded by GovernanceAccessGuard and
 * documented (404 for what the caller may not see; 403 for a viewer's write unless read-only).
 */
export function GovernanceRoutes(
  resource: GovernanceResource | 'convention',
  notFound?: string,
  { readOnly = false }: { readOnly?: boolean } = {},
) {
  return applyDecorators(
    ApiTags('governance'),
    ApiBearerAuth(),
    ApiNotFoundResponse(notFound ? { description: notFound } : {}),
    ...(readOnly ? [] : [ApiForbiddenResponse({ description: 'viewers read only' })]),
    GovernanceAccess(resource),
    UseGuards(GovernanceAccessGuard),
  );
}
