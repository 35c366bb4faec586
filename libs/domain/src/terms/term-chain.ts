import { ConventionDocument } from '../conventions/convention';
import {
  addDays,
  daysInMonth,
  formatIsoDate,
  IsoDate,
  lastDayInForce,
  toYearMonthDay,
} from '../shared/calendar-date';
import { DomainError } from '../shared/domain-error';
import { Term } from './term';
import { resolveTermStart } from './term-start';

/**
 * Everything needed to compute any term of a convention in constant time, so that unlimited
 * tacit renewal can be skipped ahead instead of enumerated.
 */
export interface TermChain {
  startsOn: IsoDate;
  /** Last day in force of the first term; null = indefinite. */
  firstEnd: IsoDate | null;
  /** Reconduction tacite: length of each renewal and how many (null = unlimited). */
  tacit: { periodMonths: number; maxRenewals: number | null } | null;
  /** Express renewal or renewal after evaluation may follow the first term. */
  explicitRenewal: boolean;
  terminatedOn: IsoDate | null;
}

// The day-of-month pattern of month arithmetic repeats every 400 years (4800 months).
const GREGORIAN_CYCLE_MONTHS = 4800;

/** IsoDate strings have four-digit years (and compare as strings only then): terms stop here. */
export const LAST_CALENDAR_YEAR = 9999;

/** lastDayInForce, or null when that day would fall after the last calendar year. */
function endWithinCalendar(start: IsoDate, months: number): IsoDate | null {
  const { year, month } = toYearMonthDay(start);
  if (Math.floor((year * 12 + month - 1 + months) / 12) > LAST_CALENDAR_YEAR) return null;
  return lastDayInForce(start, months);
}

function positiveMonths(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new DomainError('invalid_input', `${field} must be a positive whole number of months`, field);
  }
  return value;
}

/** The chain of terms of a convention; null when it has no start or ended before starting. */
export function termChainOf(doc: ConventionDocument): TermChain | null {
  const startsOn = resolveTermStart(doc);
  if (!startsOn) return null;
  const terminatedOn = doc.terminatedOn ?? null;
  if (terminatedOn && terminatedOn < startsOn) return null;

  const term = doc.clauses.term;
  // No term clause, or no duration: in force from its start with no known end.
  const firstMonths =
    term && !term.indefinite && term.durationMonths != null
      ? positiveMonths(term.durationMonths, 'clauses.term.durationMonths')
      : null;
  const renewal = doc.clauses.renewal;
  const maxRenewals = renewal?.maxRenewals == null ? null : Math.max(0, Math.floor(renewal.maxRenewals));
  const firstEnd = firstMonths === null ? null : endWithinCalendar(startsOn, firstMonths);
  const tacit =
    renewal?.mode === 'tacit' && firstMonths !== null && firstEnd !== null
      ? {
          periodMonths:
            renewal.periodMonths == null
              ? firstMonths
              : positiveMonths(renewal.periodMonths, 'clauses.renewal.periodMonths'),
          maxRenewals,
        }
      : null;
  const explicitRenewal =
    (renewal?.mode === 'express' || renewal?.mode === 'after_evaluation') &&
    firstEnd !== null &&
    maxRenewals !== 0;
  return { startsOn, firstEnd, tacit, explicitRenewal, terminatedOn };
}

interface RenewalPattern {
  /** Month index (year * 12 + month - 1) and day of the first renewal's start. */
  monthIndex: number;
  day: number;
  period: number;
  /** First j ≥ 1 at which the day no longer exists j periods later (then starts fall on the 1st). */
  clampStep: number;
}

const patterns = new WeakMap<TermChain, RenewalPattern>();

function renewalPattern(chain: TermChain): RenewalPattern {
  const cached = patterns.get(chain);
  if (cached) return cached;
  const firstRenewal = toYearMonthDay(addDays(chain.firstEnd!, 1));
  const monthIndex = firstRenewal.year * 12 + firstRenewal.month - 1;
  const period = chain.tacit!.periodMonths;
  let clampStep = Infinity;
  if (firstRenewal.day > 28) {
    for (let j = 1; j <= GREGORIAN_CYCLE_MONTHS; j += 1) {
      const index = monthIndex + j * period;
      if (firstRenewal.day > daysInMonth(Math.floor(index / 12), (index % 12) + 1)) {
        clampStep = j;
        break;
      }
    }
  }
  const pattern = { monthIndex, day: firstRenewal.day, period, clampStep };
  patterns.set(chain, pattern);
  return pattern;
}

/**
 * Start of the n-th renewal (n ≥ 1), ignoring limits. Each renewal starts the day after the
 * previous last day in force: the same day-of-month one period later, until a month lacks that
 * day; from then on every renewal starts on the 1st.
 */
function renewalStart(chain: TermChain, n: number): IsoDate | null {
  const { monthIndex, day, period, clampStep } = renewalPattern(chain);
  const j = n - 1;
  const index = j < clampStep ? monthIndex + j * period : monthIndex + j * period + 1;
  const year = Math.floor(index / 12);
  if (year > LAST_CALENDAR_YEAR) return null;
  return formatIsoDate({ year, month: (index % 12) + 1, day: j < clampStep ? day : 1 });
}

function renewalCount(chain: TermChain): number {
  if (!chain.tacit) return 0;
  return chain.tacit.maxRenewals ?? Infinity;
}

/** Term `index` of the chain, cut by a recorded termination; null when there is no such term. */
export function termAt(chain: TermChain, index: number): Term | null {
  if (index < 0 || index > renewalCount(chain)) return null;
  const startsOn = index === 0 ? chain.startsOn : renewalStart(chain, index);
  if (!startsOn) return null;
  const nextStart = index === 0 ? null : renewalStart(chain, index + 1);
  // A renewal whose end falls past the calendar is reported without an end, like an indefinite one.
  const naturalEnd = index === 0 ? chain.firstEnd : nextStart && addDays(nextStart, -1);
  const { terminatedOn } = chain;
  if (terminatedOn && terminatedOn < startsOn) return null;
  if (terminatedOn && (naturalEnd === null || terminatedOn <= naturalEnd)) {
    // Résiliation: this term ends that day and nothing follows.
    return {
      index,
      startsOn,
      lastDayInForce: terminatedOn,
      renewal: index > 0,
      followedByTacitRenewal: false,
      mayBeRenewed: false,
    };
  }
  const followedByTacitRenewal = chain.tacit !== null && naturalEnd !== null && index < renewalCount(chain);
  return {
    index,
    startsOn,
    lastDayInForce: naturalEnd,
    renewal: index > 0,
    followedByTacitRenewal,
    mayBeRenewed: followedByTacitRenewal || (index === 0 && chain.explicitRenewal),
  };
}

/** Index of the first term still in force on or after `day`; null when none is. */
export function firstTermIndexFrom(chain: TermChain, day: IsoDate): number | null {
  const first = termAt(chain, 0);
  if (!first) return null;
  if (first.lastDayInForce === null || first.lastDayInForce >= day) return 0;
  if (!first.followedByTacitRenewal) return null;
  // Renewal n+1 starts in month ≤ first-renewal month + n·period + 1, so this guess is never too far.
  const { monthIndex, period } = renewalPattern(chain);
  const target = toYearMonthDay(day);
  const guess = Math.floor((target.year * 12 + target.month - 1 - monthIndex) / period) - 2;
  for (let index = Math.max(1, guess); ; index += 1) {
    const term = termAt(chain, index);
    if (!term) return null;
    if (term.lastDayInForce === null || term.lastDayInForce >= day) return index;
  }
}
