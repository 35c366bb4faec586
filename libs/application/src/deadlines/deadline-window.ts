import { addMonthsClamped, DomainError, IsoDate } from '@passerelle/domain';

export const MAX_WINDOW_YEARS = 50;

/** 400 when `to` is before `from` or the window spans more than 50 years. */
export function assertDeadlineWindow(from: IsoDate, to: IsoDate): void {
  if (to < from) throw new DomainError('invalid_input', 'to: must be on or after from', 'to');
  if (to > addMonthsClamped(from, MAX_WINDOW_YEARS * 12)) {
    throw new DomainError('invalid_input', `to: the window may not exceed ${MAX_WINDOW_YEARS} years`, 'to');
  }
}

/** Without from/to: from a year ago to three years ahead. */
export function defaultWindow(today: IsoDate, from?: IsoDate, to?: IsoDate): { from: IsoDate; to: IsoDate } {
  const start = from ?? addMonthsClamped(today, -12);
  return { from: start, to: to ?? addMonthsClamped(from ? start : today, 36) };
}
