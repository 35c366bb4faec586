import { ClauseSource, DeadlineKind, DeadlineStatus } from './convention';

export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
  status: DeadlineStatus;
  source: ClauseSource | null;
  title: string;
  clause: string | null;
  termIndex: number | null;
  planYear?: number;
  record: {
    state: 'done' | 'waived';
    doneOn: string | null;
    note: string | null;
    reason: string | null;
    recordedBy: string | null;
  } | null;
  about?: { meetingId?: string; amendmentId?: string; missing?: string[] };
}

export interface CalendarItem {
  /** Null for an organization's own deadline (apd_declaration): it belongs to no convention. */
  conventionId: string | null;
  reference: string;
  kind: DeadlineKind;
  dueOn: string;
  status: DeadlineStatus;
  title: string;
  conventionTitle: string;
  /** Only with `include=source`. */
  source?: ClauseSource | null;
  uid: string;
}

export type DashboardDeadline = Omit<CalendarItem, 'uid'> & { tacitRenewalOn?: string };

export interface Section<T> {
  total: number;
  items: T[];
}

export interface Dashboard {
  today: string;
  overdue: Section<DashboardDeadline>;
  thisWeek: Section<DashboardDeadline>;
  next90Days: Section<DashboardDeadline>;
  endingWithin12Months: Section<DashboardDeadline>;
}

export interface ComplianceAlert {
  conventionId: string;
  reference: string;
  conventionTitle: string;
  rule: string;
  detail: string;
}

export interface ComplianceItem {
  rule: string;
  ok: boolean;
  detail: string;
}

export interface HistoryEntry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
}
