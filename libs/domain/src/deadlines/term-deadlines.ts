import { ConventionDocument } from '../conventions/convention';
import { addMonthsClamped, IsoDate, lastDayInForce, toYearMonthDay } from '../shared/calendar-date';
import { iterateTerms } from '../terms/iterate-terms';
import { LAST_CALENDAR_YEAR } from '../terms/term-chain';
import { Term } from '../terms/term';
import { Deadline, deadlineKey, DeadlineKind } from './deadline';
import { DeadlineWindow } from './deadline-window';
import { hasNotice, noticeDeadline } from './notice-deadline';

/** Lead time of an evaluation before renewal when the clause does not say. */
export const DEFAULT_EVALUATION_LEAD_MONTHS = 3;

/**
 * Deadlines attached to terms: expiry, renewal notice, tacit renewal, renewal decision and
 * evaluations. May return dates outside the window; the caller filters.
 */
export function termDeadlines(doc: ConventionDocument, window: DeadlineWindow): Deadline[] {
  const { renewal, termination, evaluation } = doc.clauses;
  // The renewal clause's notice wins; otherwise the termination clause's (préavis de résiliation).
  const noticeClause = hasNotice(renewal) ? 'renewal' : hasNotice(termination) ? 'termination' : null;
  const notice = noticeClause === 'renewal' ? renewal : noticeClause === 'termination' ? termination : null;
  const leadMonths = evaluation?.leadMonths ?? DEFAULT_EVALUATION_LEAD_MONTHS;

  const deadlines: Deadline[] = [];
  for (const term of iterateTerms(doc, window.from)) {
    const own: Deadline[] = [];
    const add = (kind: DeadlineKind, dueOn: IsoDate, clause: Deadline['clause']) =>
      own.push({
        kind,
        dueOn,
        key: deadlineKey(kind, dueOn),
        source: (clause && doc.clauses[clause]?.source) ?? null,
        clause,
        termIndex: term.index,
      });
    const end = term.lastDayInForce;

    if (term.renewal) add('tacit_renewal', term.startsOn, 'renewal');
    if (end) {
      add('expiry', end, term.renewal ? 'renewal' : 'term');
      const noticeOn = term.followedByTacitRenewal ? noticeDeadline(end, notice) : null;
      if (noticeOn) add('renewal_notice', noticeOn, noticeClause);
      if (term.mayBeRenewed && renewal?.mode !== 'tacit') add('renewal_decision', end, 'renewal');
      if (term.mayBeRenewed && evaluation?.beforeRenewal) {
        add('evaluation', addMonthsClamped(end, -leadMonths), 'evaluation');
      }
      if (evaluation?.atTerm) add('evaluation', end, 'evaluation');
    }
    if (evaluation?.annual) {
      for (const dueOn of yearEnds(term, window)) add('evaluation', dueOn, 'evaluation');
    }

    deadlines.push(...own);
    // Later terms only bring later dates: stop once a term has nothing left in the window.
    if (term.startsOn > window.to && own.every((deadline) => deadline.dueOn > window.to)) break;
  }
  return deadlines;
}

/** The day before each anniversary of the term's start, within the term, bounded by the window. */
function yearEnds(term: Term, window: DeadlineWindow): IsoDate[] {
  const start = toYearMonthDay(term.startsOn);
  const from = toYearMonthDay(window.from);
  const yearsBeforeWindow = Math.floor((from.year * 12 + from.month - (start.year * 12 + start.month)) / 12);
  const days: IsoDate[] = [];
  for (let year = Math.max(1, yearsBeforeWindow - 1); start.year + year <= LAST_CALENDAR_YEAR; year += 1) {
    const day = lastDayInForce(term.startsOn, 12 * year);
    if ((term.lastDayInForce && day > term.lastDayInForce) || day > window.to) break;
    if (day >= window.from) days.push(day);
  }
  return days;
}
