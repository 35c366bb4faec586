import { addDays, addMonthsClamped, IsoDate } from '../shared/calendar-date';

export interface Notice {
  noticeMonths?: number | null;
  noticeDays?: number | null;
}

/**
 * Last day to give notice (préavis) before `day` (docs/deadline-rules.md#notice): N months earlier, clamped to the
 * month's last day, or N days earlier; null when the clause sets no notice. Months win if both are set.
 */
export function noticeDeadline(day: IsoDate, notice: Notice | null | undefined): IsoDate | null {
  if (notice?.noticeMonths != null) return addMonthsClamped(day, -notice.noticeMonths);
  if (notice?.noticeDays != null) return addDays(day, -notice.noticeDays);
  return null;
}

export function hasNotice(notice: Notice | null | undefined): boolean {
  return notice?.noticeMonths != null || notice?.noticeDays != null;
}
