import { TZDate } from '@date-fns/tz';
import { addDays, IsoDate, toYearMonthDay } from '../shared/calendar-date';

/** Reminders leave at 08:00 in the recipient's own time zone, whatever the clock change. */
export const SEND_HOUR = 8;

export function localInstant(day: IsoDate, hour: number, timeZone: string): Date {
  const { year, month, day: dayOfMonth } = toYearMonthDay(day);
  return new Date(new TZDate(year, month - 1, dayOfMonth, hour, 0, 0, timeZone).getTime());
}

export function sendInstant(day: IsoDate, timeZone: string): Date {
  return localInstant(day, SEND_HOUR, timeZone);
}

/** The Monday on or after `day` (weekly digests leave on Monday at 08:00). */
export function nextMonday(day: IsoDate): IsoDate {
  const { year, month, day: dayOfMonth } = toYearMonthDay(day);
  // Zeller-free: 1970-01-05 was a Monday; work in epoch days through addDays.
  const weekday = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay(); // 0 = Sunday
  const ahead = (8 - weekday) % 7;
  return addDays(day, ahead);
}
