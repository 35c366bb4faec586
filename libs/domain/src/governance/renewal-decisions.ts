import { ConventionDocument } from '../conventions/convention';
import { DeadlineKind } from '../deadlines/deadline';
import { noticeDeadline } from '../deadlines/notice-deadline';
import { addDays, IsoDate, lastDayInForce } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { iterateTerms } from '../terms/iterate-terms';
import { Term } from '../terms/term';

export type RenewalDecisionKind = 'express_renewal' | 'non_renewal' | 'termination_notice';
export const RENEWAL_DECISION_KINDS: readonly RenewalDecisionKind[] = [
  'express_renewal',
  'non_renewal',
  'termination_notice',
];

/** What a decision does to the convention and which deadline it settles. */
export interface RenewalDecisionEffect {
  /** The convention's new recorded termination (last day in force), when the decision sets one. */
  terminatedOn?: IsoDate;
  /** The first term's new length, when an express renewal extends the convention. */
  durationMonths?: number;
  /** Last day in force before and after the decision. */
  lastDayInForceBefore: IsoDate | null;
  lastDayInForceAfter: IsoDate | null;
  /** The deadline the decision settles (marked done on the decision's date), if there is one. */
  settles: { kind: DeadlineKind; dueOn: IsoDate } | null;
}

function termInForceOn(doc: ConventionDocument, day: IsoDate): Term | null {
  const next = iterateTerms(doc, day).next();
  return next.done ? null : next.value;
}

/**
 * Résiliation: a notice received on `noticeOn` ends the convention at the end of the notice period
 * of the termination clause (N months from that day: lastDayInForce(noticeOn, N); N days: the
 * N-th day counting that one), or at once without a notice period. A later day may be asked for
 * (`requestedLastDay`), not an earlier one. A clause that does not allow termination at any time
 * (anyTime: false) makes it take effect at the end of the term in force then.
 */
export function terminationNotice(
  doc: ConventionDocument,
  noticeOn: IsoDate,
  requestedLastDay?: IsoDate | null,
): RenewalDecisionEffect {
  const termination = doc.clauses.termination;
  const before = termInForceOn(doc, noticeOn);
  if (!before)
    throw new DomainError(
      'unprocessable',
      `noticeOn: the convention is not in force on or after ${noticeOn}`,
      'noticeOn',
    );
  let earliest = noticeOn;
  if (termination?.noticeMonths) earliest = lastDayInForce(noticeOn, termination.noticeMonths);
  else if (termination?.noticeDays) earliest = addDays(noticeOn, termination.noticeDays - 1);
  if (termination?.anyTime === false) {
    const term = termInForceOn(doc, earliest);
    if (term?.lastDayInForce) earliest = term.lastDayInForce;
  }
  if (requestedLastDay && requestedLastDay < earliest) {
    throw new DomainError(
      'invalid_input',
      `lastDayInForce: the notice period runs to ${earliest} at least`,
      'lastDayInForce',
    );
  }
  const terminatedOn = requestedLastDay ?? earliest;
  if (doc.terminatedOn && doc.terminatedOn <= terminatedOn) {
    throw new DomainError('conflict', `the convention already ends on ${doc.terminatedOn}`, 'noticeOn');
  }
  return {
    terminatedOn,
    lastDayInForceBefore: before.lastDayInForce,
    lastDayInForceAfter: terminatedOn,
    settles: null,
  };
}

/**
 * A decision not to renew the term in force on `decidedOn`. Tacit renewal is stopped by recording
 * the term's last day in force as the convention's termination, and the term's renewal_notice is
 * settled; under express renewal (or after evaluation) the convention simply expires, and the
 * renewal_decision deadline is settled.
 */
export function nonRenewal(doc: ConventionDocument, decidedOn: IsoDate): RenewalDecisionEffect {
  const term = termInForceOn(doc, decidedOn);
  if (!term || !term.lastDayInForce) {
    throw new DomainError(
      'unprocessable',
      'decidedOn: no term with an end is in force on or after that day',
      'decidedOn',
    );
  }
  if (!term.mayBeRenewed) {
    throw new DomainError(
      'unprocessable',
      `the term ending on ${term.lastDayInForce} cannot be renewed anyway`,
      'kind',
    );
  }
  const end = term.lastDayInForce;
  if (term.followedByTacitRenewal) {
    const { renewal, termination } = doc.clauses;
    const noticeOn = noticeDeadline(
      end,
      renewal?.noticeMonths != null || renewal?.noticeDays != null ? renewal : termination,
    );
    return {
      terminatedOn: end,
      lastDayInForceBefore: null,
      lastDayInForceAfter: end,
      settles: noticeOn ? { kind: 'renewal_notice', dueOn: noticeOn } : null,
    };
  }
  return {
    lastDayInForceBefore: end,
    lastDayInForceAfter: end,
    settles: { kind: 'renewal_decision', dueOn: end },
  };
}

/**
 * Renouvellement exprès of the first term (the only one express renewal follows): the convention
 * is extended by `newTermMonths` (default: the renewal clause's period, else the original
 * duration), which lengthens the term clause's duration so that status and deadlines follow. At
 * most `maxRenewals` times; not once the term has ended.
 */
export function expressRenewal(
  doc: ConventionDocument,
  decidedOn: IsoDate,
  options: { newTermMonths?: number | null; renewalsSoFar: number; monthsAddedSoFar: number },
): RenewalDecisionEffect {
  const { term: termClause, renewal } = doc.clauses;
  if (renewal?.mode !== 'express' && renewal?.mode !== 'after_evaluation') {
    throw new DomainError(
      'unprocessable',
      'kind: the renewal clause does not provide for express renewal',
      'kind',
    );
  }
  if (renewal.maxRenewals != null && options.renewalsSoFar >= renewal.maxRenewals) {
    throw new DomainError(
      'conflict',
      `kind: the convention may be renewed ${renewal.maxRenewals} time(s) only`,
      'kind',
    );
  }
  const term = termInForceOn(doc, decidedOn);
  if (!termClause?.durationMonths || !term || term.index !== 0 || !term.lastDayInForce) {
    throw new DomainError(
      'unprocessable',
      'decidedOn: no renewable term is in force on that day',
      'decidedOn',
    );
  }
  const months =
    options.newTermMonths ?? renewal.periodMonths ?? termClause.durationMonths - options.monthsAddedSoFar;
  const durationMonths = termClause.durationMonths + months;
  const after = lastDayInForce(term.startsOn, durationMonths);
  return {
    durationMonths,
    lastDayInForceBefore: term.lastDayInForce,
    lastDayInForceAfter: after,
    settles: { kind: 'renewal_decision', dueOn: term.lastDayInForce },
  };
}
