import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ClockPort } from '@passerelle/application';
import { createHash } from 'node:crypto';
import { Request, Response } from 'express';
import { Observable, tap } from 'rxjs';
import { AttemptCounter, AttemptRule } from './attempt-counter';

/** The public account routes, each with its own counters. */
export type ThrottledRoute = 'login' | 'password_reset' | 'account_link';

const MINUTE = 60_000;

interface RouteLimits {
  /** Keyed on the e-mail (login, reset) or on the link's token (redeeming a link). */
  account: AttemptRule;
  ip: AttemptRule;
  global: AttemptRule;
  /** Successful attempts are given back: only failures (and every reset request) count. */
  countSuccesses: boolean;
}

/** Why these numbers: docs/security.md ("Throttles"). */
export const THROTTLES: Record<ThrottledRoute, RouteLimits> = {
  login: {
    account: { name: 'login.account', limit: 10, windowMs: MINUTE },
    ip: { name: 'login.ip', limit: 20, windowMs: MINUTE },
    global: { name: 'login.global', limit: 300, windowMs: MINUTE },
    countSuccesses: false,
  },
  password_reset: {
    account: { name: 'reset.account', limit: 5, windowMs: 60 * MINUTE },
    ip: { name: 'reset.ip', limit: 20, windowMs: MINUTE },
    global: { name: 'reset.global', limit: 200, windowMs: MINUTE },
    countSuccesses: true,
  },
  account_link: {
    account: { name: 'link.account', limit: 10, windowMs: MINUTE },
    ip: { name: 'link.ip', limit: 20, windowMs: MINUTE },
    global: { name: 'link.global', limit: 300, windowMs: MINUTE },
    countSuccesses: false,
  },
};

const THROTTLED_ROUTE = 'passerelle:throttled-route';

function accountKey(route: ThrottledRoute, body: unknown): string {
  const fields = (body ?? {}) as { email?: unknown; token?: unknown };
  const value = route === 'account_link' ? fields.token : fields.email;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  // Stored hashed: the counters hold no addresses or tokens.
  return createHash('sha256').update(text).digest('base64url');
}

/** Counts the attempt per account, per client address and in all before the handler runs. */
@Injectable()
export class AuthThrottleInterceptor implements NestInterceptor {
  private readonly counter: AttemptCounter;

  constructor(
    private readonly reflector: Reflector,
    clock: ClockPort,
  ) {
    this.counter = new AttemptCounter(() => clock.now().getTime());
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<ThrottledRoute>(THROTTLED_ROUTE, context.getHandler());
    if (!route) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const limits = THROTTLES[route];
    const result = this.counter.attempt([
      { rule: limits.global, key: '*' },
      // request.ip honours X-Forwarded-For only from the proxies TRUST_PROXY names.
      { rule: limits.ip, key: String(request.ip ?? request.socket.remoteAddress) },
      { rule: limits.account, key: accountKey(route, request.body) },
    ]);
    if (!result.allowed) {
      context
        .switchToHttp()
        .getResponse<Response>()
        .setHeader('Retry-After', String(result.retryAfterSeconds));
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          message: `too many attempts: try again in ${result.retryAfterSeconds} s`,
          retryAfter: result.retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    if (limits.countSuccesses) return next.handle();
    return next.handle().pipe(tap(() => result.release()));
  }
}

/** Marks a public account route as throttled per account, per IP and globally (429 + Retry-After). */
export const AuthThrottled = (route: ThrottledRoute) =>
  applyDecorators(SetMetadata(THROTTLED_ROUTE, route), UseInterceptors(AuthThrottleInterceptor));
