import { addMonthsClamped, IsoDate } from '../shared/calendar-date';

/** Months the prefect has to refer an act to the administrative court (CGCT L2131-6). */
export const PREFECTURE_REVIEW_MONTHS = 2;

/** Last day of the legality review: the same day two months after the receipt (clamped to the month's end). */
export function prefectureReviewClosesOn(receivedOn: IsoDate): IsoDate {
  return addMonthsClamped(receivedOn, PREFECTURE_REVIEW_MONTHS);
}
