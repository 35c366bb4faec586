import { Module } from '@nestjs/common';
import { AccountsModule } from '../auth/accounts.module';
import {
  ExtendDeadlineHorizonUseCase,
  GetCalendarUseCase,
  GetComplianceUseCase,
  ListConventionDeadlinesUseCase,
  RebuildDeadlinesUseCase,
  RecordDeadlineUseCase,
  ReopenDeadlineUseCase,
} from '@passerelle/application';
import { CalendarFeedController } from '../calendar-feed/calendar-feed.controller';
import { IcsFeedWriter } from '../calendar-feed/ics-feed-writer';
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
    RebuildDeadlinesUseCase,
    IcsFeedWriter,
    // Also in the scheduler; here for the operator's tools and tests.
    ExtendDeadlineHorizonUseCase,
  ],
  exports: [RebuildDeadlinesUseCase],
})
export class DeadlinesModule {}
