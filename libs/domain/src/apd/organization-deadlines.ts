import { isFrench } from '../conventions/party-country';
import { IsoDate, toYearMonthDay } from '../shared/calendar-date';
import { apdDeclarationDueOn } from './apd-declaration-deadlines';

/** One of an organization's parties, on a convention, with the days the convention is in force. */
export interface OrganizationPartySpan {
  conventionId: string;
  country: string;
  /** The stored first and last day in force (amendments applied); no start: never in force. */
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
}

/**
 * A deadline of the organization itself (CONTRACT §7: `apd_declaration`), stored once however many
 * conventions make it due. `conventionId` is the convention it is reminded through: reminders are
 * kept per convention, so the organization's one goes with one of the conventions that make it due.
 */
export interface OrganizationDeadline {
  organizationId: string;
  kind: 'apd_declaration';
  dueOn: IsoDate;
  declaredYear: number;
  conventionId: string;
}

/**
 * The organization's `apd_declaration` deadlines due up to `until`: for each year Y−1 in which it
 * was a French party to a convention in force at least one day, one due on 31 May of Y. Each keeps
 * the convention it went with before while that one still makes it due (a new carrier would mean
 * new reminder rows, hence a second mail for a step already sent); else the smallest id.
 */
export function organizationApdDeadlines(
  organizationId: string,
  parties: ReadonlyArray<OrganizationPartySpan>,
  until: IsoDate,
  previousCarriers: ReadonlyMap<IsoDate, string> = new Map(),
): OrganizationDeadline[] {
  const lastYear = toYearMonthDay(until).year;
  const carriers = new Map<number, string[]>();
  for (const party of parties) {
    if (!party.startsOn || !isFrench(party.country)) continue;
    const from = toYearMonthDay(party.startsOn).year;
    const to = party.endsOn ? toYearMonthDay(party.endsOn).year : lastYear;
    for (let year = from; year <= Math.min(to, lastYear); year += 1) {
      const list = carriers.get(year) ?? [];
      list.push(party.conventionId);
      carriers.set(year, list);
    }
  }
  const deadlines: OrganizationDeadline[] = [];
  for (const [declaredYear, conventionIds] of carriers) {
    const dueOn = apdDeclarationDueOn(declaredYear + 1);
    if (dueOn > until) continue;
    const previous = previousCarriers.get(dueOn);
    const conventionId =
      previous && conventionIds.includes(previous) ? previous : [...conventionIds].sort()[0];
    deadlines.push({ organizationId, kind: 'apd_declaration', dueOn, declaredYear, conventionId });
  }
  return deadlines.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
