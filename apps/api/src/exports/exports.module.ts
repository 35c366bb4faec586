import { Module } from '@nestjs/common';
import {
  GetCalendarUseCase,
  GetComplianceUseCase,
  GetConventionUseCase,
  ListConventionDeadlinesUseCase,
  ListConventionsUseCase,
} from '@passerelle/application';
import { ExportsController } from './exports.controller';

/** Issue 7: CSV and Excel exports, and the printable summary of a convention. */
@Module({
  controllers: [ExportsController],
  providers: [
    GetCalendarUseCase,
    ListConventionsUseCase,
    GetConventionUseCase,
    ListConventionDeadlinesUseCase,
    GetComplianceUseCase,
  ],
})
export class ExportsModule {}
