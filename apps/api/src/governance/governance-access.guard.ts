import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { GovernanceResource, ResolveConventionAccessUseCase } from '@passerelle/application';
import { Actor, StoredConvention } from '@passerelle/domain';
import { Request } from 'express';

type GovernedRequest = Request & { actor: Actor; governedConvention?: StoredConvention };

const RESOURCE = 'passerelle:governance-resource';

/** The kind of record `:id` names on a controller's routes. */
export const GovernanceAccess = (resource: GovernanceResource | 'convention') =>
  SetMetadata(RESOURCE, resource);

/**
 * Runs before the body is validated or a file read: another organization's record answers 404
 * (like one that does not exist) and a viewer's write 403, whatever the request carries. The
 * convention it resolved is handed to the handler (@GovernedConvention()), so the use case does
 * not look it up again.
 */
@Injectable()
export class GovernanceAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolveAccess: ResolveConventionAccessUseCase,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const resource = this.reflector.getAllAndOverride<GovernanceResource | 'convention' | undefined>(
      RESOURCE,
      [context.getHandler(), context.getClass()],
    );
    if (!resource) return true;
    const request = context.switchToHttp().getRequest<GovernedRequest>();
    const write = !['GET', 'HEAD'].includes(request.method);
    request.governedConvention = await this.resolveAccess.execute(
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

/** The convention GovernanceAccessGuard resolved for this request (the caller may see it, and change it on a write). */
export const GovernedConvention = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StoredConvention => {
    const convention = context.switchToHttp().getRequest<GovernedRequest>().governedConvention;
    // Only reachable on a route without GovernanceRoutes: a wiring error, not a client's.
    if (!convention) throw new Error('@GovernedConvention() on a route the governance guard does not cover');
    return convention;
  },
);
