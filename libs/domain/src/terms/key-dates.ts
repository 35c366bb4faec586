import { ConventionDocument } from '../conventions/convention';
import { addDays, IsoDate } from '../shared/calendar-date';
import { iterateTerms } from './iterate-terms';
import { summarizeTerms } from './term-summary';

/** The dates an officer looks for first: start, end of the term under way, next renewal, final end. */
export interface KeyDates {
  startsOn: IsoDate | null;
  /** Last day in force of the term under way today (or of the first one, before it starts). */
  currentTermEndsOn: IsoDate | null;
  /** Final last day in force; null when open-ended or not known yet. */
  endsOn: IsoDate | null;
  openEnded: boolean;
  /** What follows the current term: a tacit renewal on a day, or a renewal to decide by a day. */
  nextRenewal: { kind: 'tacit_renewal' | 'renewal_decision'; on: IsoDate } | null;
}

export function keyDatesOf(doc: ConventionDocument, today: IsoDate): KeyDates {
  const summary = summarizeTerms(doc);
  const none = { currentTermEndsOn: null, nextRenewal: null };
  if (!summary.startsOn) return { ...summary, ...none };
  // The first term yielded from today is the one in force today, or the next one.
  const current = iterateTerms(doc, today).next();
  if (current.done) return { ...summary, ...none };
  const term = current.value;
  const end = term.lastDayInForce;
  let nextRenewal: KeyDates['nextRenewal'] = null;
  if (end && term.followedByTacitRenewal) nextRenewal = { kind: 'tacit_renewal', on: addDays(end, 1) };
  else if (end && term.mayBeRenewed && !term.followedByTacitRenewal)
    nextRenewal = { kind: 'renewal_decision', on: end };
  return { ...summary, currentTermEndsOn: end, nextRenewal };
}
