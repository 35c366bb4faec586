import { ConventionDocument } from '../conventions/convention';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { Deadline } from '../deadlines/deadline';
import { DeadlineWindow } from '../deadlines/deadline-window';
import { addDays, maxIsoDate, minIsoDate } from '../shared/calendar-date';
import { AmendmentInForce, clausesInForceOn, inForceOrder } from './clause-changes';

/**
 * Clauses are versioned by the amendments in force: the window is cut at each date of entry into
 * force; deadlines due before it follow the clauses in force then, deadlines due on or after it
 * the amended ones. Without amendments, exactly computeDeadlines.
 */
export function computeDeadlinesWithAmendments(
  doc: ConventionDocument,
  amendments: readonly AmendmentInForce[],
  window: DeadlineWindow,
): Deadline[] {
  if (amendments.length === 0) return computeDeadlines(doc, window);
  const ordered = inForceOrder(amendments);
  const boundaries = [...new Set(ordered.map((amendment) => amendment.inForceOn))];
  const byKey = new Map<string, Deadline>();
  for (let i = 0; i <= boundaries.length; i += 1) {
    const startsOn = i === 0 ? null : boundaries[i - 1];
    const endsOn = i === boundaries.length ? null : addDays(boundaries[i], -1);
    const from = startsOn ? maxIsoDate(window.from, startsOn) : window.from;
    const to = endsOn ? minIsoDate(window.to, endsOn) : window.to;
    const clauses = startsOn ? clausesInForceOn(doc, ordered, startsOn) : doc.clauses;
    // An empty segment still validates its clauses, as computeDeadlines does whatever the window.
    for (const deadline of computeDeadlines({ ...doc, clauses }, { from, to })) {
      if (!byKey.has(deadline.key)) byKey.set(deadline.key, deadline);
    }
  }
  return [...byKey.values()].sort(byDueOnThenKind);
}

export function byDueOnThenKind(a: Deadline, b: Deadline): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
