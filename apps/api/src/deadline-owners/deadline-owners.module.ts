import { Module } from '@nestjs/common';
import {
  AssignDeadlineOwnerUseCase,
  GetCalendarUseCase,
  GetDeadlineOwnersUseCase,
  GetMyOrganizationUseCase,
  ListMyDeadlinesUseCase,
  ResolveConventionAccessUseCase,
  SearchEverythingUseCase,
  SetLeadOfficerUseCase,
} from '@passerelle/application';
import { DeadlineOwnersController } from './deadline-owners.controller';
import { GovernanceAccessGuard } from '../governance/governance-access.guard';
import { SearchController } from './search.controller';

@Module({
  controllers: [DeadlineOwnersController, SearchController],
  providers: [
    GovernanceAccessGuard,
    ResolveConventionAccessUseCase,
    GetDeadlineOwnersUseCase,
    SetLeadOfficerUseCase,
    AssignDeadlineOwnerUseCase,
    ListMyDeadlinesUseCase,
    GetMyOrganizationUseCase,
    GetCalendarUseCase,
    SearchEverythingUseCase,
  ],
})
export class DeadlineOwnersModule {}
