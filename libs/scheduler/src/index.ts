export * from './scheduler.module';
export * from './reminder-metrics';
export * from './metrics-access';
