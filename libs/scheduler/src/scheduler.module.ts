import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import {
  DispatchRemindersUseCase,
  ExtendDeadlineHorizonUseCase,
  SweepRemindersUseCase,
} from '@passerelle/application';
import { RemindersCron } from './reminders.cron';
import { DeadlineHorizonCron } from './deadline-horizon.cron';
import { ReminderMetrics } from './reminder-metrics';

/**
 * The cron side of Passerelle: thin *.cron.ts handlers calling use cases. Imported by the API
 * process when SCHEDULER=on, or run alone by apps/scheduler/src/main.ts.
 */
@Module({})
export class SchedulerModule {
  static register(): DynamicModule {
    return {
      module: SchedulerModule,
      imports: [ScheduleModule.forRoot()],
      providers: [
        ExtendDeadlineHorizonUseCase,
        DeadlineHorizonCron,
        SweepRemindersUseCase,
        DispatchRemindersUseCase,
        RemindersCron,
        ReminderMetrics,
      ],
      exports: [ReminderMetrics],
    };
  }
}
