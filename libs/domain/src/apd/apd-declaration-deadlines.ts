import { ConventionDocument } from '../conventions/convention';
import { isFrench } from '../conventions/party-country';
import { DeadlineWindow } from '../deadlines/deadline-window';
import { IsoDate, toYearMonthDay } from '../shared/calendar-date';
import { inForceDuringYear } from './check-payment';

/** The declaration of year Y−1's aid closes on 31 May of Y (CGCT L1115-6, décret 2016-1470). */
export const APD_DECLARATION_MONTH_DAY = '05-31';

export function apdDeclarationDueOn(year: number): IsoDate {
  return `${year}-${APD_DECLARATION_MONTH_DAY}`;
}

/** The years Y whose 31 May lies in the window (at most 61): the only ones that may owe a declaration. */
export function apdDeclarationYearsIn(window: DeadlineWindow): number[] {
  const years: number[] = [];
  const first = toYearMonthDay(window.from).year;
  const last = Math.min(toYearMonthDay(window.to).year, first + 60);
  for (let year = first; year <= last; year += 1) {
    const dueOn = apdDeclarationDueOn(year);
    if (dueOn >= window.from && dueOn <= window.to) years.push(year);
  }
  return years;
}

/**
 * `apd_declaration` deadlines of one organization in the window: for each year Y whose 31 May is
 * in it, due when the organization is a French party to a convention in force at least one day
 * of Y−1. One per organization and year, whatever the number of conventions.
 */
export function apdDeclarationDeadlines(
  organizationId: string,
  conventions: ReadonlyArray<
    Pick<ConventionDocument, 'parties' | 'clauses' | 'effectiveOn' | 'terminatedOn'>
  >,
  window: DeadlineWindow,
): Array<{ kind: 'apd_declaration'; dueOn: IsoDate; declaredYear: number }> {
  const own = conventions.filter((doc) =>
    doc.parties.some((party) => party.organizationId === organizationId && isFrench(party.country)),
  );
  const deadlines: Array<{ kind: 'apd_declaration'; dueOn: IsoDate; declaredYear: number }> = [];
  for (const year of apdDeclarationYearsIn(window)) {
    if (own.some((doc) => inForceDuringYear(doc, year - 1))) {
      deadlines.push({ kind: 'apd_declaration', dueOn: apdDeclarationDueOn(year), declaredYear: year - 1 });
    }
  }
  return deadlines;
}
