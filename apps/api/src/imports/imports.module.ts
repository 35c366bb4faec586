import { Module } from '@nestjs/common';
import {
  AddPortfolioEntryUseCase,
  GetPortfolioUseCase,
  ImportConventionsUseCase,
  ImportRepertoireUseCase,
  ResolveConventionAccessUseCase,
} from '@passerelle/application';
import { ImportsController } from './imports.controller';
import { GovernanceAccessGuard } from '../governance/governance-access.guard';
import { PortfolioController } from './portfolio.controller';
import { ImportUploadInterceptor } from './import-upload.interceptor';

/** Issue 17: the 2008 directory and spreadsheets in; projects, history and contacts of a convention. */
@Module({
  controllers: [ImportsController, PortfolioController],
  providers: [
    GovernanceAccessGuard,
    ResolveConventionAccessUseCase,
    ImportRepertoireUseCase,
    ImportConventionsUseCase,
    GetPortfolioUseCase,
    AddPortfolioEntryUseCase,
    ImportUploadInterceptor,
  ],
})
export class ImportsModule {}
