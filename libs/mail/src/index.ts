export * from './mail.module';
export * from './transports';
