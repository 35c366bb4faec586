import { DynamicModule, Module } from '@nestjs/common';
import { AuthSettingsModule, ClockModule, ClockPort, SystemClock } from '@passerelle/application';
import { MailModule } from '@passerelle/mail';
import { AccountsModule } from './auth/accounts.module';
import { AppConfig, ConfigModule } from '@passerelle/config';
import { PersistenceModule } from '@passerelle/persistence';
import { LoggerModule } from 'nestjs-pino';
import { ConventionsModule } from './conventions/conventions.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { GovernanceModule } from './governance/governance.module';
import { RemindersModule } from './reminders/reminders.module';
import { HealthModule } from './health/health.module';
import { SchedulerModule } from '@passerelle/scheduler';
import { WebModule } from './web/web.module';
import { ExportsModule } from './exports/exports.module';
import { DeadlineOwnersModule } from './deadline-owners/deadline-owners.module';
import { httpLogging } from './bootstrap/http-logging';
import { SetupModule } from './setup/setup.module';
import { SecurityModule } from './security/security.module';
import { PartyLinksModule } from './party-links/party-links.module';
import { ImportsModule } from './imports/imports.module';
import { ExtractModule } from './extract/extract.module';
import { AidModule } from './aid/aid.module';
import { MetricsModule } from './metrics/metrics.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests pass a FixedClock. */
  clock?: ClockPort;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock ?? new SystemClock(), config.defaultTimeZone),
        LoggerModule.forRoot({ pinoHttp: httpLogging(config) }),
        PersistenceModule.forRoot(databaseUrl),
        MailModule.forRoot(config),
        AuthSettingsModule.forRoot({ sessionTtlHours: config.sessionTtlHours, publicUrl: config.publicUrl }),
        SecurityModule,
        AccountsModule,
        SetupModule,
        HealthModule,
        ConventionsModule,
        DeadlinesModule,
        GovernanceModule,
        RemindersModule,
        WebModule,
        ExportsModule,
        DeadlineOwnersModule,
        PartyLinksModule,
        ImportsModule,
        ExtractModule,
        AidModule,
        MetricsModule,
        ...(config.scheduler ? [SchedulerModule.register()] : []),
      ],
    };
  }
}
