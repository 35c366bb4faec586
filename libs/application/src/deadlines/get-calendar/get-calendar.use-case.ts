import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  visibilityScope,
  addDays,
  calendarDateIn,
  computeConventionDeadlines,
  DeadlineKind,
  statusOfDeadline,
  DeadlineStatus,
  IsoDate,
  maxIsoDate,
} from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import {
  CalendarCursor,
  CalendarEntry,
  CalendarScope,
  DeadlineRepository,
} from '../../ports/deadline.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import { GovernanceReader } from '../../ports/governance-reader';
import { governanceOf } from '../../governance/convention-governance';
import { assertDeadlineWindow, defaultWindow } from '../deadline-window';
import { PaymentRepository } from '../../ports/payment.repository';
import { apdCalendarItems } from './apd-calendar-items';

/** One line of the calendar (docs/api.md), plus what a feed or a page needs to show it. */
export interface CalendarItem {
  /** Null for an organization's own deadline (apd_declaration), which belongs to no convention. */
  conventionId: string | null;
  /** apd_declaration: the organization that declares. */
  organizationId?: string;
  reference: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  status: DeadlineStatus;
  title: string;
  conventionTitle: string;
  /** Absent when the caller asked for no sources (`sources: false`). */
  source?: { article: string; quote: string } | null;
  /** Stable across recomputations, and across a move of the date where the obligation has an anchor. */
  uid: string;
}

export interface GetCalendarCommand {
  from?: IsoDate;
  to?: IsoDate;
  locale: Locale;
  /** Who asks: the calendar holds the conventions they may see. */
  actor?: Actor;
  /** Narrower still (a convention, a set, countries, kinds): intersected with what the actor sees. */
  scope?: CalendarScope;
  /** Each item's article and quote (default true); a long list reads faster without. */
  sources?: boolean;
  /** A page: at most this many lines, in the order of date, reference (code points) and kind. */
  limit?: number;
  /** The page after this line (the last line of the previous page). */
  after?: CalendarCursor;
}

/** Code-point order, as the repository sorts (COLLATE "C"): stable whatever the server's locale. */
type Ordered = Pick<CalendarEntry, 'dueOn' | 'reference' | 'kind'>;

function byDateReferenceKind(a: Ordered, b: Ordered): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  if (a.reference !== b.reference) return a.reference < b.reference ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/**
 * The obligation, not the date: a plan by its year, a meeting by its part of the year, a term
 * deadline by its term. Several evaluations share a term, so they keep their date.
 */
export function deadlineUid(
  entry: Pick<CalendarEntry, 'conventionId' | 'kind' | 'dueOn' | 'termIndex' | 'planYear' | 'periodFrom'>,
): string {
  const anchor =
    entry.kind === 'action_plan' && entry.planYear !== null
      ? `plan-${entry.planYear}`
      : entry.kind === 'committee_meeting' && entry.periodFrom
        ? `period-${entry.periodFrom}`
        : entry.kind !== 'evaluation' && entry.termIndex !== null
          ? `term-${entry.termIndex}`
          : entry.dueOn;
  return `${entry.conventionId}.${entry.kind}.${anchor}@passerelle`;
}

/** After `cursor` in the calendar's order. */
function isAfter(line: Ordered, cursor: CalendarCursor): boolean {
  return byDateReferenceKind(line, cursor) > 0;
}

function calendarScopeFor(actor: Actor | undefined): CalendarScope {
  if (!actor) return {};
  const scope = visibilityScope(actor);
  return scope.kind === 'all' ? {} : { organizationIds: [scope.organizationId] };
}

@Injectable()
export class GetCalendarUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
    @Optional() private readonly governance?: GovernanceReader,
    @Optional() private readonly payments?: PaymentRepository,
  ) {}

  async execute(command: GetCalendarCommand): Promise<CalendarItem[]> {
    const items = await this.conventionItems(command);
    const own = await apdCalendarItems(this.payments, this.clock.now(), command, this.defaultTimeZone);
    if (command.limit === undefined && command.after === undefined) {
      if (own.length === 0) return items;
      return [...items, ...own].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
    }
    // A page: the stored lines came in order, after the cursor, at most `limit`; the organization's
    // own lines join them in the same total order, and the page is cut again.
    const after = command.after;
    const page = [...items, ...own.filter((item) => !after || isAfter(item, after))].sort(
      byDateReferenceKind,
    );
    return command.limit === undefined ? page : page.slice(0, command.limit);
  }

  private async conventionItems(command: GetCalendarCommand): Promise<CalendarItem[]> {
    const now = this.clock.now();
    const { from, to } = defaultWindow(calendarDateIn(now, this.defaultTimeZone), command.from, command.to);
    assertDeadlineWindow(from, to);
    const scope = { ...command.scope, ...calendarScopeFor(command.actor) };
    const sources = command.sources ?? true;
    const { limit, after } = command;
    const entries = await this.deadlines.calendar(from, to, scope, { sources, limit, after });
    const beyond = (await this.beyondHorizon(from, to, scope)).filter(
      (entry) => (!scope.kinds || scope.kinds.includes(entry.kind)) && (!after || isAfter(entry, after)),
    );
    if (beyond.length) entries.push(...beyond);
    if (beyond.length) entries.sort(byDateReferenceKind);
    if (limit !== undefined && entries.length > limit) entries.length = limit;
    const todayByZone = new Map<string, IsoDate>();
    const today = (zone: string) => {
      let date = todayByZone.get(zone);
      if (!date) todayByZone.set(zone, (date = calendarDateIn(now, zone)));
      return date;
    };
    const kindLabels = new Map<DeadlineKind, string>();
    const kindLabel = (kind: DeadlineKind) => {
      let label = kindLabels.get(kind);
      if (!label) kindLabels.set(kind, (label = translate(command.locale, `deadline.kind.${kind}`)));
      return label;
    };
    return entries.map((entry) => ({
      conventionId: entry.conventionId,
      reference: entry.reference,
      kind: entry.kind,
      dueOn: entry.dueOn,
      status: statusOfDeadline(
        entry,
        today(entry.timeZone),
        entry.recordState ? { state: entry.recordState } : null,
      ),
      title: `${kindLabel(entry.kind)} — ${entry.conventionTitle}`,
      conventionTitle: entry.conventionTitle,
      ...(sources && {
        source:
          entry.sourceArticle || entry.sourceQuote
            ? { article: entry.sourceArticle ?? '', quote: entry.sourceQuote ?? '' }
            : null,
      }),
      uid: deadlineUid(entry),
    }));
  }

  /** Past the stored horizon (ten years ahead), the few open-ended conventions are computed on the fly. */
  private async beyondHorizon(from: IsoDate, to: IsoDate, scope: CalendarScope): Promise<CalendarEntry[]> {
    const partial = await this.deadlines.conventionsMaterialisedBefore(to, scope);
    const entries: CalendarEntry[] = [];
    for (const { id, deadlinesUntil } of partial) {
      const convention = await this.conventions.findById(id);
      if (!convention) continue;
      const window = { from: maxIsoDate(from, addDays(deadlinesUntil, 1)), to };
      const records = new Map(
        (await this.deadlines.recordsFor(id)).map((record) => [
          `${record.kind}:${record.dueOn}`,
          record.state,
        ]),
      );
      const governance = await governanceOf(this.governance, convention);
      for (const deadline of computeConventionDeadlines(convention, governance, window)) {
        entries.push({
          conventionId: id,
          reference: convention.reference,
          conventionTitle: convention.title,
          timeZone: convention.timeZone,
          kind: deadline.kind,
          dueOn: deadline.dueOn,
          sourceArticle: deadline.source?.article ?? null,
          sourceQuote: deadline.source?.quote ?? null,
          recordState: records.get(deadline.key) ?? null,
          termIndex: deadline.termIndex,
          planYear: deadline.planYear ?? null,
          periodFrom: deadline.period?.from ?? null,
        });
      }
    }
    return entries;
  }
}
