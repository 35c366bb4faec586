import { Module } from '@nestjs/common';
import {
  GetApdDeclarationUseCase,
  GetCouncilReportUseCase,
  ImportActionPlanPaymentsUseCase,
  ListPaymentsUseCase,
  RecordApdDeclarationUseCase,
  RecordPaymentUseCase,
  SetExchangeRateUseCase,
} from '@passerelle/application';
import { PaymentPersistenceModule } from '@passerelle/persistence';
import { OrganizationAidController, PaymentsController } from './aid.controller';
import { ExchangeRatesController } from './exchange-rates.controller';

/** Issue 18: the payments ledger, the yearly APD declaration and the council's yearly report. */
@Module({
  imports: [PaymentPersistenceModule],
  controllers: [PaymentsController, OrganizationAidController, ExchangeRatesController],
  providers: [
    RecordPaymentUseCase,
    ListPaymentsUseCase,
    ImportActionPlanPaymentsUseCase,
    GetApdDeclarationUseCase,
    RecordApdDeclarationUseCase,
    GetCouncilReportUseCase,
    SetExchangeRateUseCase,
  ],
})
export class AidModule {}
