export * from '../ports/payment.repository';
export * from './aid-access';
export * from './record-payment/record-payment.use-case';
export * from './list-payments/list-payments.use-case';
export * from './import-action-plan-payments/import-action-plan-payments.use-case';
export * from './get-apd-declaration/get-apd-declaration.use-case';
export * from './record-apd-declaration/record-apd-declaration.use-case';
export * from './get-council-report/get-council-report.use-case';
