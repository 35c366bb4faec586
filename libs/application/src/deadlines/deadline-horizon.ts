import {
  addDays as addDaysIso,
  addMonthsClamped,
  computeConventionDeadlines,
  ConventionDocument,
  ConventionGovernance,
  Deadline,
  IsoDate,
  NO_GOVERNANCE,
  resolveTermStart,
} from '@passerelle/domain';

/** Deadlines are stored ten years ahead of today; the scheduler moves the horizon forward nightly. */
export const DEADLINE_HORIZON_MONTHS = 120;

export function deadlineHorizon(today: IsoDate): IsoDate {
  return addMonthsClamped(today, DEADLINE_HORIZON_MONTHS);
}

/**
 * Every deadline of a convention from its start up to the horizon, for materialisation: its
 * clauses as amended over time, and the deadlines its meetings and amendments open.
 */
export function materialiseDeadlines(
  doc: ConventionDocument,
  today: IsoDate,
  governance: Pick<ConventionGovernance, 'amendments' | 'deadlines'> = NO_GOVERNANCE,
): { deadlines: Deadline[]; deadlinesUntil: IsoDate | null } {
  const start = resolveTermStart(doc);
  if (!start) return { deadlines: [], deadlinesUntil: null };
  const until = deadlineHorizon(today);
  // An action plan may fall due up to a few years before the start; the engine drops those.
  const from = addMonthsClamped(start, -12 * 6);
  return {
    deadlines: from <= until ? computeConventionDeadlines(doc, governance, { from, to: until }) : [],
    deadlinesUntil: until,
  };
}

/** The deadlines after `after` (the current stored horizon) up to today's horizon: what the nightly extension appends. */
export function deadlinesAfterHorizon(
  doc: ConventionDocument,
  after: IsoDate,
  today: IsoDate,
  governance: Pick<ConventionGovernance, 'amendments' | 'deadlines'> = NO_GOVERNANCE,
): { deadlines: Deadline[]; deadlinesUntil: IsoDate } {
  const until = deadlineHorizon(today);
  const from = addDaysIso(after, 1);
  return {
    deadlines: from <= until ? computeConventionDeadlines(doc, governance, { from, to: until }) : [],
    deadlinesUntil: until > after ? until : after,
  };
}
