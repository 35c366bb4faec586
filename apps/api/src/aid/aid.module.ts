import { Module } from '@nestjs/common';
import {
  GetApdDeclarationUseCase,
  GetCouncilReportUseCase,
  ImportActionPlanPaymentsUseCase,
  ListPaymentsUseCase,
  RecordApdDeclarationUseCase,
  RecordPaymentUseCase,
} from '@passerelle/application';
import { PaymentPersistenceModule } from '@passerelle/persistence';
import { OrganizationAidController, PaymentsController } from './aid.controller';

/** Issue 18: the payments ledger, the yearly APD declaration and the council's yearly report. */
@Module({
  imports: [PaymentPersistenceModule],
  controllers: [PaymentsController, OrganizationAidController],
  providers: [
    RecordPaymentUseCase,
    ListPaymentsUseCase,
    ImportActionPlanPaymentsUseCase,
    GetApdDeclarationUseCase,
    RecordApdDeclarationUseCase,
    GetCouncilReportUseCase,
  ],
})
export class AidModule {}
