export * from './test-database';
export * from './builders/a-convention';
export * from './smtp-sink';
export * from './chromium';
export * from './in-memory';
export * from './documents';
