import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthThrottleInterceptor } from './auth-throttle';
import { CsrfGuard } from './csrf.guard';

/** Cross-cutting HTTP defences (docs/security.md); global so any controller may be @AuthThrottled. */
@Global()
@Module({
  providers: [{ provide: APP_GUARD, useClass: CsrfGuard }, AuthThrottleInterceptor],
  exports: [AuthThrottleInterceptor],
})
export class SecurityModule {}
