import { Module } from '@nestjs/common';
import {
  CreateConventionUseCase,
  DeleteConventionUseCase,
  GetConventionUseCase,
  ListConventionsUseCase,
  SeedConventionsUseCase,
  UpdateConventionUseCase,
} from '@passerelle/application';
import { ConventionsController } from './conventions.controller';

@Module({
  controllers: [ConventionsController],
  providers: [
    CreateConventionUseCase,
    GetConventionUseCase,
    ListConventionsUseCase,
    UpdateConventionUseCase,
    DeleteConventionUseCase,
    SeedConventionsUseCase,
  ],
  exports: [SeedConventionsUseCase],
})
export class ConventionsModule {}
