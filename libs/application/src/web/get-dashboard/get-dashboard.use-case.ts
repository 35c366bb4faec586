import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  addDays,
  addMonthsClamped,
  calendarDateIn,
  isIsoDate,
  IsoDate,
  visibilityScope,
  VisibilityScope,
} from '@passerelle/domain';
import { formatDateLong, Locale, translate } from '@passerelle/i18n';
import { CalendarItem, GetCalendarUseCase } from '../../deadlines/get-calendar/get-calendar.use-case';
import { ComplianceAnswers } from '../../ports/compliance-answers';
import { CalendarScope } from '../../ports/deadline.repository';
import { ConventionAlerts, currentDocumentAlerts, documentAlertsOf } from './document-alerts';
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
    @Optional() private readonly answers?: ComplianceAnswers,
  ) {}

  async deadlines(actor: Actor, locale: Locale, limit: number): Promise<DashboardView> {
    const today = calendarDateIn(this.clock.now(), this.defaultTimeZone);
    const in12Months = addMonthsClamped(today, 12);
    const window = { from: addMonthsClamped(today, -12), to: in12Months };
    // Two years of an organization's lines (8,000 for 2,000 conventions) without their sources:
    // the quotes were most of what was read and held, for the few lines a section shows.
    const items = await this.calendar.execute({ ...window, locale, actor, sources: false });
    const weekEnd = addDays(today, 6);
    const in90Days = addDays(today, 90);
    const tacitRenewals = new Set(
      items
        .filter((item) => item.kind === 'tacit_renewal')
        .map((item) => `${item.conventionId}:${item.dueOn}`),
    );
    const open = items.filter((item) => OPEN.has(item.status));
    // The most recently missed first: a year-old forgotten plan matters less than last week's.
    const overdue = open.filter((item) => item.status === 'overdue').reverse();
    const sections = {
      overdue: section(overdue, limit),
      thisWeek: section(
        open.filter((item) => item.dueOn >= today && item.dueOn <= weekEnd),
        limit,
      ),
      next90Days: section(
        open.filter((item) => item.dueOn > weekEnd && item.dueOn <= in90Days),
        limit,
      ),
      endingWithin12Months: section(
        items.filter((item) => item.kind === 'expiry' && item.dueOn >= today && item.dueOn <= in12Months),
        limit,
      ),
    };
    const sources = await this.sourcesOf(Object.values(sections), window, locale, actor);
    const view = (item: CalendarItem): DashboardDeadline => {
      const { uid, ...rest } = item;
      const next = addDays(item.dueOn, 1);
      const line = { ...rest, source: sources.get(uid) ?? null };
      return item.kind === 'expiry' && tacitRenewals.has(`${item.conventionId}:${next}`)
        ? { ...line, tacitRenewalOn: next }
        : line;
    };
    const shown = (part: DashboardSection<CalendarItem>) => ({
      total: part.total,
      items: part.items.map(view),
    });
    return {
      today,
      overdue: shown(sections.overdue),
      thisWeek: shown(sections.thisWeek),
      next90Days: shown(sections.next90Days),
      endingWithin12Months: shown(sections.endingWithin12Months),
    };
  }

  /**
   * The article and quote of each line shown, by uid: the calendar of their conventions alone,
   * and the organization's own lines (an APD declaration belongs to no convention) where shown.
   */
  private async sourcesOf(
    sections: Array<DashboardSection<CalendarItem>>,
    window: { from: IsoDate; to: IsoDate },
    locale: Locale,
    actor: Actor,
  ): Promise<Map<string, CalendarItem['source']>> {
    const lines = sections.flatMap((part) => part.items);
    const conventionIds = [
      ...new Set(lines.flatMap((item) => (item.conventionId ? [item.conventionId] : []))),
    ];
    const scopes: CalendarScope[] = [
      ...(conventionIds.length ? [{ conventionIds }] : []),
      ...(lines.some((item) => !item.conventionId) ? [{ kinds: ['apd_declaration' as const] }] : []),
    ];
    const wanted = new Set(lines.map((item) => item.uid));
    const found = new Map<string, CalendarItem['source']>();
    for (const scope of scopes)
      for (const item of await this.calendar.execute({ ...window, locale, actor, scope }))
        if (wanted.has(item.uid)) found.set(item.uid, item.source ?? null);
    return found;
  }

  async complianceAlerts(actor: Actor, locale: Locale, limit: number): Promise<ComplianceAlertsView> {
    const now = this.clock.now();
    const today = calendarDateIn(now, this.defaultTimeZone);
    const scope = visibilityScope(actor);
    const lines = this.answers
      ? await currentDocumentAlerts(this.answers, this.conventions, this.governance, scope, now)
      : await this.computedAlerts(scope, now);
    // Every alert counts in the total; only the page shown is written out in the caller's language.
    const found = lines.flatMap((line) => line.alerts.map((item) => ({ line, item })));
    const alerts: ComplianceAlert[] = found.slice(0, limit).map(({ line, item }) => {
      const shown = Object.fromEntries(
        Object.entries(item.params).map(([name, value]) => [
          name,
          typeof value === 'string' && isIsoDate(value) ? formatDateLong(value, locale) : value,
        ]),
      );
      return {
        conventionId: line.conventionId,
        reference: line.reference,
        conventionTitle: line.title,
        rule: item.rule,
        detail: translate(locale, item.messageKey, shown),
      };
    });
    return { today, alerts: { total: found.length, items: alerts } };
  }

  /** Without a store of answers (in-memory tests): every document read and checked. */
  private async computedAlerts(scope: VisibilityScope, now: Date): Promise<ConventionAlerts[]> {
    const lines: ConventionAlerts[] = [];
    for (let page = 1; ; page += 1) {
      const result = await this.conventions.list({ page, pageSize: 500, now, scope });
      const alerts = await documentAlertsOf(result.items, this.governance, now);
      for (const convention of result.items) {
        const own = alerts.get(convention.id) ?? [];
        if (own.length)
          lines.push({
            conventionId: convention.id,
            reference: convention.reference,
            title: convention.title,
            alerts: own,
          });
      }
      if (page * 500 >= result.total) break;
    }
    return lines;
  }
}
