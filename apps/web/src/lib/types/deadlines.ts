import { components } from './api.generated';

type Schemas = components['schemas'];

/*
 * Deadlines, the calendar, the dashboard and the history as the OpenAPI document describes them
 * (generated types, api.generated.ts): a change of the API's answer that the app does not follow
 * fails `npm run build:web`.
 */

/** GET /api/conventions/:id/deadlines. */
export type Deadline = Schemas['DeadlineViewDto'];
/** What marking done or waiving answers. */
export type DeadlineRecord = Schemas['DeadlineRecordDto'];
/** GET /api/calendar (`conventionId` null: an organization's own deadline, apd_declaration). */
export type CalendarItem = Schemas['CalendarItemDto'];
export type DashboardDeadline = Schemas['DashboardDeadlineDto'];

export interface Section<T> {
  total: number;
  items: T[];
}

/** GET /api/dashboard. */
export type Dashboard = Schemas['DashboardViewDto'];
/** GET /api/dashboard/compliance. */
export type ComplianceAlerts = Schemas['ComplianceAlertsViewDto'];
export type ComplianceAlert = Schemas['ComplianceAlertDto'];
/** GET /api/conventions/:id/compliance. */
export type ComplianceItem = Schemas['ComplianceViewDto'];
/** GET /api/conventions/:id/history. */
export type HistoryEntry = Schemas['AuditEntryViewDto'];
/** GET /api/calendar/conventions: the calendar's filters. */
export type ConventionIndexEntry = Schemas['ConventionIndexEntryDto'];
/** GET /api/me/following. */
export type FollowChoice = Schemas['FollowChoiceDto'];
