import { Inject, Injectable } from '@nestjs/common';
import { Actor, addDays, calendarDateIn, EVENT_KINDS, effectiveOwner } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { CalendarItem, GetCalendarUseCase } from '../../deadlines/get-calendar/get-calendar.use-case';
import { ClockPort } from '../../ports/clock';
import { DeadlineOwnerRepository, ownerKey } from '../../ports/deadline-owner.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';

const OPEN = new Set(['upcoming', 'due', 'overdue']);
/** How far "my deadlines" looks: a year back (the forgotten ones) and 90 days ahead. */
const BACK_DAYS = 365;
const AHEAD_DAYS = 90;

export type MyDeadline = Omit<CalendarItem, 'uid'> & { byDefault: boolean };

/** The open tasks the caller answers for: named to them, or theirs as the convention's lead officer. */
@Injectable()
export class ListMyDeadlinesUseCase {
  constructor(
    private readonly calendar: GetCalendarUseCase,
    private readonly owners: DeadlineOwnerRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  async execute(actor: Actor, locale: Locale): Promise<{ total: number; items: MyDeadline[] }> {
    if (!actor.organizationId) return { total: 0, items: [] };
    const today = calendarDateIn(this.clock.now(), this.defaultTimeZone);
    const [items, ownership] = await Promise.all([
      this.calendar.execute({
        from: addDays(today, -BACK_DAYS),
        to: addDays(today, AHEAD_DAYS),
        locale,
        actor,
        sources: false,
      }),
      this.owners.ownershipOf(actor.organizationId),
    ]);
    const mine: MyDeadline[] = [];
    for (const { uid: _uid, ...item } of items) {
      if (!OPEN.has(item.status) || EVENT_KINDS.includes(item.kind)) continue;
      const named = ownership.named.get(ownerKey(item.conventionId, item.kind, item.dueOn));
      const lead = ownership.leads.get(item.conventionId);
      if (effectiveOwner(named?.userId, lead?.userId) === actor.userId)
        mine.push({ ...item, byDefault: !named });
    }
    return { total: mine.length, items: mine };
  }
}
