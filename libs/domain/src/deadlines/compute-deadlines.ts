import { ConventionDocument } from '../conventions/convention';
import { summarizeTerms } from '../terms/term-summary';
import { actionPlanDeadlines, assertActionPlanDate } from './action-plan-deadlines';
import { committeeMeetingDeadlines, meetingsPerYear } from './committee-meeting-deadlines';
import { Deadline } from './deadline';
import { DeadlineWindow } from './deadline-window';
import { termDeadlines } from './term-deadlines';
import { prefectureReviewDeadlines } from './prefecture-review-deadlines';

/**
 * The deadlines of docs/deadline-rules.md due within the window (from ≤ dueOn ≤ to), one per kind and date,
 * none after a recorded termination, sorted by date then kind. Meeting minutes and amendments
 * are not in the document: their deadlines come from the records that open them.
 */
export function computeDeadlines(doc: ConventionDocument, window: DeadlineWindow): Deadline[] {
  // Invalid clauses fail whatever the window, so a bad document never looks fine by luck.
  meetingsPerYear(doc);
  const plan = doc.clauses.actionPlan;
  if (plan) assertActionPlanDate(plan.deadlineMonth, plan.deadlineDay);
  if (window.from > window.to) return [];

  const inForce = summarizeTerms(doc);
  const terminatedOn = doc.terminatedOn ?? null;
  const byKey = new Map<string, Deadline>();
  for (const deadline of [
    ...termDeadlines(doc, window),
    ...actionPlanDeadlines(doc, inForce, window),
    ...committeeMeetingDeadlines(doc, inForce, window),
    ...prefectureReviewDeadlines(doc),
  ]) {
    if (deadline.dueOn < window.from || deadline.dueOn > window.to) continue;
    if (terminatedOn && deadline.dueOn > terminatedOn) continue;
    if (!byKey.has(deadline.key)) byKey.set(deadline.key, deadline);
  }
  return [...byKey.values()].sort(byDueOnThenKind);
}

function byDueOnThenKind(a: Deadline, b: Deadline): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
