import { ConventionDocument } from '../conventions/convention';
import { daysInMonth, formatIsoDate, lastDayOfMonth, toYearMonthDay } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { LAST_CALENDAR_YEAR } from '../terms/term-chain';
import { TermSummary } from '../terms/term-summary';
import { Deadline, deadlineKey } from './deadline';
import { DeadlineWindow } from './deadline-window';

/**
 * Programme d'actions annuel: for each calendar year Y in force, the plan for Y is due on
 * deadlineMonth/deadlineDay of Y + yearOffset (day clamped), if not before the first term's start.
 */
export function actionPlanDeadlines(
  doc: ConventionDocument,
  inForce: TermSummary,
  window: DeadlineWindow,
): Deadline[] {
  const plan = doc.clauses.actionPlan;
  if (!plan || !inForce.startsOn) return [];
  assertActionPlanDate(plan.deadlineMonth, plan.deadlineDay);
  const offset = plan.yearOffset ?? 0;
  const startsOn = inForce.startsOn;
  const firstYear = Math.max(toYearMonthDay(startsOn).year, toYearMonthDay(window.from).year - offset);
  const lastYear = Math.min(
    inForce.endsOn ? toYearMonthDay(inForce.endsOn).year : Infinity,
    toYearMonthDay(window.to).year - offset,
    LAST_CALENDAR_YEAR,
  );
  const deadlines: Deadline[] = [];
  for (let planYear = firstYear; planYear <= lastYear; planYear += 1) {
    const year = planYear + offset;
    const day = Math.min(plan.deadlineDay, daysInMonth(year, plan.deadlineMonth));
    const dueOn = formatIsoDate({ year, month: plan.deadlineMonth, day });
    if (dueOn < startsOn) continue;
    deadlines.push({
      kind: 'action_plan',
      dueOn,
      key: deadlineKey('action_plan', dueOn),
      source: plan.source ?? null,
      clause: 'actionPlan',
      termIndex: null,
      period: { from: formatIsoDate({ year: planYear, month: 1, day: 1 }), to: lastDayOfMonth(planYear, 12) },
      planYear,
    });
  }
  return deadlines;
}

export function assertActionPlanDate(month: number, day: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError(
      'invalid_input',
      'must be a month from 1 to 12',
      'clauses.actionPlan.deadlineMonth',
    );
  }
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    throw new DomainError('invalid_input', 'must be a day from 1 to 31', 'clauses.actionPlan.deadlineDay');
  }
}
