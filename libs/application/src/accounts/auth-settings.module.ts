import { DynamicModule, Global, Module } from '@nestjs/common';
import { AUTH_SETTINGS, AuthSettings } from './auth.use-cases';

@Global()
@Module({})
export class AuthSettingsModule {
  static forRoot(settings: AuthSettings): DynamicModule {
    return {
      module: AuthSettingsModule,
      providers: [{ provide: AUTH_SETTINGS, useValue: settings }],
      exports: [AUTH_SETTINGS],
    };
  }
}
