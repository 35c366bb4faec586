export * from './extract-convention';
export * from './reading';
export * from './text-view';
export * from './language';
