import { Global, Module } from '@nestjs/common';
import { PaymentRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { TypeormPaymentRepository } from './typeorm-payment.repository';

/** Binds the payment ledger port once; global so the calendar can add each organization's APD deadline. */
@Global()
@Module({
  providers: [
    {
      provide: PaymentRepository,
      useFactory: (dataSource: DataSource) => new TypeormPaymentRepository(dataSource),
      inject: [DataSource],
    },
  ],
  exports: [PaymentRepository],
})
export class PaymentPersistenceModule {}
