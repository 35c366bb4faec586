export * from './mail.module';
export * from './transports';
export * from './reminder-mail.composer';
export * from './render-template';
export { foldIcsLines } from './ics-text';
