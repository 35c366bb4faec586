import { Module } from '@nestjs/common';
import { AccountsModule } from '../auth/accounts.module';
import {
  GetCalendarUseCase,
  GetComplianceUseCase,
  ListConventionDeadlinesUseCase,
  RecordDeadlineUseCase,
  ReopenDeadlineUseCase,
} from '@passerelle/application';
import { CalendarFeedController } from '../calendar-feed/calendar-feed.controller';
import { DeadlinesController } from './deadlines.controller';

@Module({
  imports: [AccountsModule],
  controllers: [DeadlinesController, CalendarFeedController],
  providers: [
    ListConventionDeadlinesUseCase,
    RecordDeadlineUseCase,
    ReopenDeadlineUseCase,
    GetComplianceUseCase,
    GetCalendarUseCase,
  ],
})
export class DeadlinesModule {}
