export * from './in-memory-governance';
export * from './in-memory-conventions';
export * from './use-case-harness';
