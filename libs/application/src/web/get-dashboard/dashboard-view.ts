import { ComplianceRule, IsoDate } from '@passerelle/domain';
import { CalendarItem } from '../../deadlines/get-calendar/get-calendar.use-case';

export interface DashboardSection<T> {
  /** How many there are in all; `items` holds at most the first `limit`. */
  total: number;
  items: T[];
}

export type DashboardDeadline = Omit<CalendarItem, 'uid'> & {
  /** Expiry followed the next day by a tacit renewal: the convention goes on. */
  tacitRenewalOn?: IsoDate;
};

export interface ComplianceAlert {
  conventionId: string | null;
  reference: string;
  conventionTitle: string;
  rule: ComplianceRule;
  detail: string;
}

/** The officer's home page: what is late, what comes, what ends, what the law still asks. */
export interface DashboardView {
  today: IsoDate;
  overdue: DashboardSection<DashboardDeadline>;
  thisWeek: DashboardSection<DashboardDeadline>;
  next90Days: DashboardSection<DashboardDeadline>;
  endingWithin12Months: DashboardSection<DashboardDeadline>;
}

export interface ComplianceAlertsView {
  today: IsoDate;
  alerts: DashboardSection<ComplianceAlert>;
}
