export * from '../ports/web-read-model';
export * from './get-dashboard/dashboard-view';
export * from './get-dashboard/get-dashboard.use-case';
export * from './list-convention-index/list-convention-index.use-case';
export * from './list-follow-choices/list-follow-choices.use-case';
