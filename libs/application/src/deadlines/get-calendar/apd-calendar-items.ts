import {
  apdDeclarationDeadlines,
  apdDeclarationYearsIn,
  calendarDateIn,
  statusOfDeadline,
} from '@passerelle/domain';
import { translate } from '@passerelle/i18n';
import { ConventionRepository } from '../../ports/convention.repository';
import { PaymentRepository } from '../../ports/payment.repository';
import { defaultWindow } from '../deadline-window';
import type { CalendarItem, GetCalendarCommand } from './get-calendar.use-case';

/**
 * The caller's organization's `apd_declaration` deadlines (CONTRACT §7): one a year, due 31 May,
 * when it was a French party to a convention in force the year before. Not stored per convention:
 * it is the organization's, so it shows once however many conventions it has. Only in a calendar
 * not narrowed to conventions or countries.
 */
export async function apdCalendarItems(
  payments: PaymentRepository | undefined,
  conventions: ConventionRepository,
  now: Date,
  command: GetCalendarCommand,
  defaultTimeZone: string,
): Promise<CalendarItem[]> {
  const organizationId = command.actor?.organizationId;
  const scope = command.scope ?? {};
  if (!payments || !organizationId || scope.conventionIds || scope.countries) return [];
  if (scope.kinds && !scope.kinds.includes('apd_declaration')) return [];
  const organization = await payments.organization(organizationId);
  if (!organization) return [];
  const today = calendarDateIn(now, organization.timeZone ?? defaultTimeZone);
  const window = defaultWindow(today, command.from, command.to);
  // Most windows (a month, a week) hold no 31 May: then no convention needs reading.
  if (apdDeclarationYearsIn(window).length === 0) return [];
  const docs = await conventions.findManyByIds(await payments.conventionIdsOf(organizationId));
  const deadlines = apdDeclarationDeadlines(organizationId, docs, window);
  if (deadlines.length === 0) return [];
  const declared = new Set((await payments.declarations(organizationId)).map((record) => record.year));
  const label = translate(command.locale, 'deadline.kind.apd_declaration');
  return deadlines.map((deadline) => ({
    conventionId: null,
    organizationId,
    reference: organization.name,
    kind: 'apd_declaration',
    dueOn: deadline.dueOn,
    status: statusOfDeadline(deadline, today, declared.has(deadline.declaredYear) ? { state: 'done' } : null),
    title: `${label} ${deadline.declaredYear} — ${organization.name}`,
    conventionTitle: organization.name,
    ...(command.sources !== false && {
      source: { article: 'CGCT L1115-6', quote: '' },
    }),
    uid: `${organizationId}.apd_declaration.${deadline.declaredYear}@passerelle`,
  }));
}
