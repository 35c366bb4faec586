import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  addDays,
  amendedDocument,
  addMonthsClamped,
  calendarDateIn,
  ComplianceRule,
  deriveConventionStatus,
  evaluateCompliance,
  isIsoDate,
  visibilityScope,
} from '@passerelle/domain';
import { formatDateLong, Locale, translate } from '@passerelle/i18n';
import { CalendarItem, GetCalendarUseCase } from '../../deadlines/get-calendar/get-calendar.use-case';
import { amendmentsInForceOf } from '../../governance/convention-governance';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { ConventionRepository } from '../../ports/convention.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import {
  ComplianceAlert,
  ComplianceAlertsView,
  DashboardDeadline,
  DashboardSection,
  DashboardView,
} from './dashboard-view';

const OPEN = new Set(['upcoming', 'due', 'overdue']);

/**
 * The formalities of the CGCT that depend on the document alone. The yearly obligations (action
 * plan, committee, minutes, evaluation) reach the dashboard as their own overdue or coming deadlines.
 */
const DOCUMENT_RULES: readonly ComplianceRule[] = [
  'deliberation_before_signature',
  'signatures_recorded',
  'prefecture_transmission',
  'object_stated',
  'financial_commitment_stated',
];

function section<T>(items: T[], limit: number): DashboardSection<T> {
  return { total: items.length, items: items.slice(0, limit) };
}

/** Read-only projection for the web app's dashboard, over the calendar and the conventions. */
@Injectable()
export class GetDashboardUseCase {
  constructor(
    private readonly calendar: GetCalendarUseCase,
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async deadlines(actor: Actor, locale: Locale, limit: number): Promise<DashboardView> {
    const today = calendarDateIn(this.clock.now(), this.defaultTimeZone);
    const in12Months = addMonthsClamped(today, 12);
    const items = await this.calendar.execute({
      from: addMonthsClamped(today, -12),
      to: in12Months,
      locale,
      actor,
    });
    const weekEnd = addDays(today, 6);
    const in90Days = addDays(today, 90);
    const tacitRenewals = new Set(
      items
        .filter((item) => item.kind === 'tacit_renewal')
        .map((item) => `${item.conventionId}:${item.dueOn}`),
    );
    const view = (item: CalendarItem): DashboardDeadline => {
      const { uid: _uid, ...rest } = item;
      const next = addDays(item.dueOn, 1);
      return item.kind === 'expiry' && tacitRenewals.has(`${item.conventionId}:${next}`)
        ? { ...rest, tacitRenewalOn: next }
        : rest;
    };
    const open = items.filter((item) => OPEN.has(item.status));
    // The most recently missed first: a year-old forgotten plan matters less than last week's.
    const overdue = open.filter((item) => item.status === 'overdue').reverse();
    return {
      today,
      overdue: section(overdue.map(view), limit),
      thisWeek: section(open.filter((item) => item.dueOn >= today && item.dueOn <= weekEnd).map(view), limit),
      next90Days: section(
        open.filter((item) => item.dueOn > weekEnd && item.dueOn <= in90Days).map(view),
        limit,
      ),
      endingWithin12Months: section(
        items
          .filter((item) => item.kind === 'expiry' && item.dueOn >= today && item.dueOn <= in12Months)
          .map(view),
        limit,
      ),
    };
  }

  async complianceAlerts(actor: Actor, locale: Locale, limit: number): Promise<ComplianceAlertsView> {
    const now = this.clock.now();
    const today = calendarDateIn(now, this.defaultTimeZone);
    const alerts: ComplianceAlert[] = [];
    const pageSize = 500;
    for (let page = 1; ; page += 1) {
      const result = await this.conventions.list({ page, pageSize, now, scope: visibilityScope(actor) });
      const amendments = await amendmentsInForceOf(this.governance, result.items, now);
      for (const convention of result.items) {
        const conventionToday = calendarDateIn(now, convention.timeZone);
        const status = deriveConventionStatus(
          amendedDocument(convention, amendments.get(convention.id) ?? []),
          conventionToday,
        );
        if (status === 'expired' || status === 'terminated') continue;
        for (const item of evaluateCompliance(convention, conventionToday, {
          deadlines: [],
          unsignedMinutes: 0,
        })) {
          if (item.ok || !DOCUMENT_RULES.includes(item.rule)) continue;
          const shown = Object.fromEntries(
            Object.entries(item.params).map(([name, value]) => [
              name,
              typeof value === 'string' && isIsoDate(value) ? formatDateLong(value, locale) : value,
            ]),
          );
          alerts.push({
            conventionId: convention.id,
            reference: convention.reference,
            conventionTitle: convention.title,
            rule: item.rule,
            detail: translate(locale, item.messageKey, shown),
          });
        }
      }
      if (page * pageSize >= result.total) break;
    }
    return { today, alerts: section(alerts, limit) };
  }
}
