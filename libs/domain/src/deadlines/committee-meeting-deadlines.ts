import { MEETINGS_PER_YEAR } from '../clauses/clauses';
import { ConventionDocument } from '../conventions/convention';
import { formatIsoDate, lastDayOfMonth, toYearMonthDay } from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { TermSummary } from '../terms/term-summary';
import { Deadline, deadlineKey } from './deadline';
import { DeadlineWindow } from './deadline-window';

/** Meetings a year the committee clause requires; 1 when it names a committee without a minimum. */
export function meetingsPerYear(doc: ConventionDocument): number | null {
  const committee = doc.clauses.committee;
  if (!committee) return null;
  const k = committee.minMeetingsPerYear ?? 1;
  if (!MEETINGS_PER_YEAR.includes(k)) {
    throw new DomainError(
      'invalid_input',
      `must be one of ${MEETINGS_PER_YEAR.join(', ')}`,
      'clauses.committee.minMeetingsPerYear',
    );
  }
  return k;
}

/**
 * Comité de pilotage: each calendar year in force is cut into k equal parts; a meeting is due by
 * the last day of each part in force, or by the convention's last day in force if earlier.
 */
export function committeeMeetingDeadlines(
  doc: ConventionDocument,
  inForce: TermSummary,
  window: DeadlineWindow,
): Deadline[] {
  const k = meetingsPerYear(doc);
  const { startsOn, endsOn } = inForce;
  if (k === null || !startsOn) return [];
  const monthsPerPart = 12 / k;
  const firstYear = Math.max(toYearMonthDay(startsOn).year, toYearMonthDay(window.from).year);
  const lastYear = Math.min(endsOn ? toYearMonthDay(endsOn).year : Infinity, toYearMonthDay(window.to).year);
  const deadlines: Deadline[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (let part = 0; part < k; part += 1) {
      const from = formatIsoDate({ year, month: part * monthsPerPart + 1, day: 1 });
      const to = lastDayOfMonth(year, (part + 1) * monthsPerPart);
      if (to < startsOn || (endsOn && from > endsOn)) continue;
      const dueOn = endsOn && endsOn < to ? endsOn : to;
      deadlines.push({
        kind: 'committee_meeting',
        dueOn,
        key: deadlineKey('committee_meeting', dueOn),
        source: doc.clauses.committee?.source ?? null,
        clause: 'committee',
        termIndex: null,
        period: { from, to },
      });
    }
  }
  return deadlines;
}
