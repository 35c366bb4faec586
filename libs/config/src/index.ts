export * from './app-config';
export * from './config.module';
export * from './load-config';
export type { RawEnv } from './config.schema';
