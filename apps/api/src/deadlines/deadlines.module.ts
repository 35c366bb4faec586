import { Module } from '@nestjs/common';
import {
  GetCalendarUseCase,
  GetComplianceUseCase,
  ListConventionDeadlinesUseCase,
  RecordDeadlineUseCase,
  ReopenDeadlineUseCase,
} from '@passerelle/application';
import { DeadlinesController } from './deadlines.controller';

@Module({
  controllers: [DeadlinesController],
  providers: [
    ListConventionDeadlinesUseCase,
    RecordDeadlineUseCase,
    ReopenDeadlineUseCase,
    GetComplianceUseCase,
    GetCalendarUseCase,
  ],
})
export class DeadlinesModule {}
