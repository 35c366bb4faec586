// The API's shapes as the web app reads them, by subject.
export * from './types/convention';
export * from './types/deadlines';
export * from './types/governance';
export * from './types/reminders';
