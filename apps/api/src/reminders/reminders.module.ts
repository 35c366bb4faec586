import { Module } from '@nestjs/common';
import {
  DispatchRemindersUseCase,
  FollowConventionUseCase,
  ListRemindersUseCase,
  RecordDeadlineUseCase,
  RunSchedulerUseCase,
  SetReminderPolicyUseCase,
  SweepRemindersUseCase,
  UseReminderLinkUseCase,
} from '@passerelle/application';
import { RemindersController } from './reminders.controller';

@Module({
  controllers: [RemindersController],
  providers: [
    SweepRemindersUseCase,
    DispatchRemindersUseCase,
    RunSchedulerUseCase,
    ListRemindersUseCase,
    FollowConventionUseCase,
    SetReminderPolicyUseCase,
    UseReminderLinkUseCase,
    RecordDeadlineUseCase,
  ],
})
export class RemindersModule {}
