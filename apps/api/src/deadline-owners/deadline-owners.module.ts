import { Module } from '@nestjs/common';
import {
  AssignDeadlineOwnerUseCase,
  GetCalendarUseCase,
  GetDeadlineOwnersUseCase,
  GetMyOrganizationUseCase,
  ListMyDeadlinesUseCase,
  SetLeadOfficerUseCase,
} from '@passerelle/application';
import { DeadlineOwnersController } from './deadline-owners.controller';

@Module({
  controllers: [DeadlineOwnersController],
  providers: [
    GetDeadlineOwnersUseCase,
    SetLeadOfficerUseCase,
    AssignDeadlineOwnerUseCase,
    ListMyDeadlinesUseCase,
    GetMyOrganizationUseCase,
    GetCalendarUseCase,
  ],
})
export class DeadlineOwnersModule {}
