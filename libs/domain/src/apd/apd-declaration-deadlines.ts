import { IsoDate } from '../shared/calendar-date';

/** The declaration of year Y−1's aid closes on 31 May of Y (CGCT L1115-6, décret 2016-1470). */
export const APD_DECLARATION_MONTH_DAY = '05-31';

export function apdDeclarationDueOn(year: number): IsoDate {
  return `${year}-${APD_DECLARATION_MONTH_DAY}`;
}
