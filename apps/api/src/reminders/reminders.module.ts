import { Module } from '@nestjs/common';
import {
  DispatchRemindersUseCase,
  FollowConventionUseCase,
  GetDeliveryHealthUseCase,
  ListRemindersUseCase,
  RetryReminderUseCase,
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
    RetryReminderUseCase,
    GetDeliveryHealthUseCase,
  ],
})
export class RemindersModule {}
