import { APD_DECLARATION_MONTH_DAY, calendarDateIn, IsoDate, statusOfDeadline } from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { PaymentRepository } from '../../ports/payment.repository';
import { defaultWindow } from '../deadline-window';
import type { CalendarItem, GetCalendarCommand } from './get-calendar.use-case';

/**
 * The caller's organization's `apd_declaration` deadlines (CONTRACT §7): one a year, due 31 May,
 * when it was a French party to a convention in force the year before. Stored as the organization's
 * (organization_deadlines), so it shows once however many conventions it has. Only in a calendar
 * not narrowed to conventions or countries. A window that holds no 31 May reads nothing (a month's
 * calendar: two statements of five a request).
 */
export async function apdCalendarItems(
  payments: PaymentRepository | undefined,
  now: Date,
  command: GetCalendarCommand,
  defaultTimeZone: string,
): Promise<CalendarItem[]> {
  const organizationId = command.actor?.organizationId;
  const scope = command.scope ?? {};
  if (!payments || !organizationId || scope.conventionIds || scope.countries) return [];
  if (scope.kinds && !scope.kinds.includes('apd_declaration')) return [];
  if (command.from && command.to && !holdsDueDay(command.from, command.to)) return [];
  const organization = await payments.organization(organizationId);
  if (!organization) return [];
  const today = calendarDateIn(now, organization.timeZone ?? defaultTimeZone);
  const window = defaultWindow(today, command.from, command.to);
  const deadlines = await payments.ownDeadlines(organizationId, window.from, window.to);
  if (deadlines.length === 0) return [];
  const label = translate(command.locale, 'deadline.kind.apd_declaration');
  return deadlines.map((deadline) => ({
    conventionId: null,
    organizationId,
    reference: organization.name,
    kind: 'apd_declaration',
    dueOn: deadline.dueOn,
    status: statusOfDeadline(deadline, today, deadline.declared ? { state: 'done' } : null),
    title: `${label} ${deadline.declaredYear} — ${organization.name}`,
    conventionTitle: organization.name,
    ...(command.sources !== false && {
      source: { article: 'CGCT L1115-6', quote: '' },
    }),
    uid: `${organizationId}.apd_declaration.${deadline.declaredYear}@passerelle`,
  }));
}

/** Whether [from, to] holds a 31 May (APD_DECLARATION_MONTH_DAY), the only day an APD declaration is due. */
function holdsDueDay(from: IsoDate, to: IsoDate): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const due = `${year}-${APD_DECLARATION_MONTH_DAY}`;
    if (due >= from && due <= to) return true;
  }
  return false;
}
