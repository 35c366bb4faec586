import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@passerelle/config';
import { Request } from 'express';
import { IS_PUBLIC } from '../auth/public.decorator';
import { SESSION_COOKIE } from '../auth/session-token';

/** The header the web app sends on every request; a cross-site page cannot set it without a CORS grant. */
export const CSRF_HEADER = 'x-passerelle-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery, in depth (SameSite=Strict alone does not stop sibling subdomains):
 * a state-changing request that is not bearer-authenticated must not come from a foreign origin
 * (`Origin`, else `Sec-Fetch-Site`), and one authenticated by the session cookie must also carry
 * the custom header. Bearer clients send no cookie and are not concerned.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowed = new Set(
      [config.publicUrl, ...config.corsOrigins].map(originOf).filter((origin): origin is string => !!origin),
    );
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & { cookies?: Record<string, string> }>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (request.headers.authorization?.startsWith('Bearer ')) return true;
    if (!this.fromOwnOrigin(request)) {
      throw new ForbiddenException('csrf: cross-site requests are refused (Origin)');
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Public routes (sign-in, the links of mails) do not act on a session: the origin check is enough.
    if (!isPublic && request.cookies?.[SESSION_COOKIE] && request.headers[CSRF_HEADER] !== '1') {
      throw new ForbiddenException(`csrf: the ${CSRF_HEADER} header is required with the session cookie`);
    }
    return true;
  }

  private fromOwnOrigin(request: Request): boolean {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      // The request's own host is the app's origin too (a browser cannot forge Host).
      const own = `${request.protocol}://${request.headers.host ?? ''}`;
      return origin === own || this.allowed.has(origin);
    }
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }
}
