import { Module } from '@nestjs/common';
import {
  CheckSetupLinkUseCase,
  CreateFirstAdminUseCase,
  FirstAdminRepository,
  IssueSetupLinkUseCase,
} from '@passerelle/application';
import { TypeormFirstAdminRepository } from '@passerelle/persistence';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@passerelle/application';
import { Argon2PasswordHasher } from '../auth/argon2-password-hasher';
import { SetupController } from './setup.controller';

/** First start: the setup link and the first admin (README, "First start"). */
@Module({
  controllers: [SetupController],
  providers: [
    {
      provide: FirstAdminRepository,
      useFactory: (dataSource: DataSource) => new TypeormFirstAdminRepository(dataSource),
      inject: [DataSource],
    },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    IssueSetupLinkUseCase,
    CheckSetupLinkUseCase,
    CreateFirstAdminUseCase,
  ],
  exports: [IssueSetupLinkUseCase],
})
export class SetupModule {}
