import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import {
  AccountRepository,
  AuditRepository,
  ClockPort,
  ConventionRepository,
  DEFAULT_TIME_ZONE,
  ComplianceAnswers,
  DeadlineRepository,
  DeadlineOwnerRepository,
  DeadlineStore,
  SearchReadModel,
  NoteRepository,
  PortfolioRepository,
  ReminderRepository,
  WebReadModel,
} from '@passerelle/application';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { TypeormConventionRepository } from './repositories/typeorm-convention.repository';
import { TypeormDeadlineRepository } from './repositories/typeorm-deadline.repository';
import { TypeormComplianceAnswers } from './repositories/typeorm-compliance-answers';
import { TypeormDeadlineStore } from './repositories/typeorm-deadline-store';
import { TypeormAccountRepository } from './repositories/typeorm-account.repository';
import { TypeormAuditRepository } from './repositories/typeorm-audit.repository';
import { TypeormNoteRepository } from './repositories/typeorm-note.repository';
import { TypeormDeadlineOwnerRepository } from './repositories/typeorm-deadline-owner.repository';
import { TypeormSearchReadModel } from './repositories/typeorm-search-read-model';
import { GovernancePersistenceModule } from './repositories/typeorm-governance.module';
import { PartyLinkPersistenceModule } from './repositories/typeorm-party-link.module';
import { TypeormReminderRepository } from './repositories/typeorm-reminder.repository';
import { TypeormWebReadModel } from './repositories/typeorm-web-read-model';
import { TypeormPortfolioRepository } from './repositories/typeorm-portfolio.repository';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** Binds every repository port to its TypeORM implementation, once. */
@Global()
@Module({})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(url: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        // The unit of work: a use case's @Transactional() opens one transaction on the DataSource,
        // and every repository reads TransactionHost.tx, so it joins that transaction by itself.
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
            }),
          ],
        }),
        GovernancePersistenceModule,
        PartyLinkPersistenceModule,
      ],
      providers: [
        { provide: DATABASE_URL, useValue: url },
        {
          provide: DataSource,
          useFactory: async () => createDataSource(url).initialize(),
        },
        {
          provide: ConventionRepository,
          useFactory: (txHost: TransactionHost<TransactionalAdapterTypeOrm>, clock: ClockPort) =>
            new TypeormConventionRepository(txHost, clock),
          inject: [TransactionHost, ClockPort],
        },
        {
          provide: AccountRepository,
          useFactory: (dataSource: DataSource, clock: ClockPort) =>
            new TypeormAccountRepository(dataSource, clock),
          inject: [DataSource, ClockPort],
        },
        {
          provide: ReminderRepository,
          useFactory: (dataSource: DataSource, defaultTimeZone: string, clock: ClockPort) =>
            new TypeormReminderRepository(dataSource, defaultTimeZone, clock),
          inject: [DataSource, DEFAULT_TIME_ZONE, ClockPort],
        },
        {
          provide: NoteRepository,
          useFactory: (dataSource: DataSource) => new TypeormNoteRepository(dataSource),
          inject: [DataSource],
        },
        {
          provide: DeadlineOwnerRepository,
          useFactory: (dataSource: DataSource, clock: ClockPort) =>
            new TypeormDeadlineOwnerRepository(dataSource, clock),
          inject: [DataSource, ClockPort],
        },
        {
          provide: SearchReadModel,
          useFactory: (dataSource: DataSource) => new TypeormSearchReadModel(dataSource),
          inject: [DataSource],
        },
        {
          provide: AuditRepository,
          useFactory: (dataSource: DataSource) => new TypeormAuditRepository(dataSource),
          inject: [DataSource],
        },
        {
          provide: ComplianceAnswers,
          useFactory: (dataSource: DataSource) => new TypeormComplianceAnswers(dataSource),
          inject: [DataSource],
        },
        {
          provide: DeadlineRepository,
          useFactory: (dataSource: DataSource, clock: ClockPort) =>
            new TypeormDeadlineRepository(dataSource, clock),
          inject: [DataSource, ClockPort],
        },
        {
          provide: WebReadModel,
          useFactory: (dataSource: DataSource) => new TypeormWebReadModel(dataSource),
          inject: [DataSource],
        },
        {
          provide: PortfolioRepository,
          useFactory: (dataSource: DataSource, clock: ClockPort) =>
            new TypeormPortfolioRepository(dataSource, clock),
          inject: [DataSource, ClockPort],
        },
        {
          provide: DeadlineStore,
          useFactory: (dataSource: DataSource) => new TypeormDeadlineStore(dataSource),
          inject: [DataSource],
        },
      ],
      exports: [
        DataSource,
        ConventionRepository,
        DeadlineRepository,
        ComplianceAnswers,
        DeadlineStore,
        AccountRepository,
        AuditRepository,
        NoteRepository,
        DeadlineOwnerRepository,
        SearchReadModel,
        ReminderRepository,
        WebReadModel,
        PortfolioRepository,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
