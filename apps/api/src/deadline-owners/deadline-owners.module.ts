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
import { GovernanceAccessGuard } from '../governance/governance-access.guard';

@Module({
  controllers: [DeadlineOwnersController],
  providers: [
    GovernanceAccessGuard,
    GetDeadlineOwnersUseCase,
    SetLeadOfficerUseCase,
    AssignDeadlineOwnerUseCase,
    ListMyDeadlinesUseCase,
    GetMyOrganizationUseCase,
    GetCalendarUseCase,
  ],
})
export class DeadlineOwnersModule {}
