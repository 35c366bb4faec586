import { DynamicModule, Global, Module } from '@nestjs/common';
import { AUTH_SETTINGS, ClockModule, ClockPort, SystemClock } from '@passerelle/application';
import { MailModule } from '@passerelle/mail';
import { AccountsModule } from './auth/accounts.module';
import { AppConfig, ConfigModule } from '@passerelle/config';
import { PersistenceModule } from '@passerelle/persistence';
import { LoggerModule } from 'nestjs-pino';
import { ConventionsModule } from './conventions/conventions.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { HealthModule } from './health/health.module';
import { SchedulerModule } from '../../scheduler/src/scheduler.module';


export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests pass a FixedClock. */
  clock?: ClockPort;
}

@Global()
@Module({})
class AuthSettingsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthSettingsModule,
      providers: [
        { provide: AUTH_SETTINGS, useValue: { sessionTtlHours: config.sessionTtlHours, publicUrl: config.publicUrl } },
      ],
      exports: [AUTH_SETTINGS],
    };
  }
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock ?? new SystemClock(), config.defaultTimeZone),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        PersistenceModule.forRoot(databaseUrl),
        MailModule.forRoot(config),
        AuthSettingsModule.forRoot(config),
        AccountsModule,
        HealthModule,
        ConventionsModule,
        DeadlinesModule,
        ...(config.scheduler ? [SchedulerModule.register()] : []),
      ],
    };
  }
}

