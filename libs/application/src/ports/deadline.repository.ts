import { DeadlineKind, IsoDate } from '@passerelle/domain';

/** An officer's record on one deadline: done (with date, note, evidence) or waived (with a reason). */
export interface DeadlineRecord {
  conventionId: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  state: 'done' | 'waived';
  doneOn: IsoDate | null;
  note: string | null;
  evidenceUrl: string | null;
  reason: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

/** A materialised deadline as the calendar reads it, with its convention. */
export interface CalendarEntry {
  conventionId: string;
  reference: string;
  conventionTitle: string;
  timeZone: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  sourceArticle: string | null;
  sourceQuote: string | null;
  recordState: 'done' | 'waived' | null;
  termIndex: number | null;
  planYear: number | null;
  periodFrom: IsoDate | null;
}

export interface CalendarScope {
  /** Restrict to these conventions; undefined = all. */
  conventionIds?: string[];
  /** Restrict to conventions one of whose parties belongs to these organizations. */
  organizationIds?: string[];
  /** Restrict to conventions with a party in one of these countries (ISO 3166 alpha-2). */
  countries?: string[];
  /** Restrict to these kinds of deadline. */
  kinds?: DeadlineKind[];
}

/** A line of the calendar's order (due date, reference in code-point order, kind): a page starts after it. */
export interface CalendarCursor {
  dueOn: IsoDate;
  reference: string;
  kind: DeadlineKind;
}

export interface CalendarReadOptions {
  /** Read each deadline's article and quote (a join on the clauses); without, they come back null. */
  sources: boolean;
  /** At most this many lines, in the calendar's order (a page). */
  limit?: number;
  /** Only the lines after this one in that order (the next page). */
  after?: CalendarCursor;
}

export abstract class DeadlineRepository {
  abstract recordsFor(conventionId: string): Promise<DeadlineRecord[]>;
  /** Upserts the record and writes the audit entry in one transaction. */
  abstract saveRecord(record: Omit<DeadlineRecord, 'recordedAt'>): Promise<DeadlineRecord>;
  abstract deleteRecord(
    conventionId: string,
    kind: DeadlineKind,
    dueOn: IsoDate,
    actor: string | null,
  ): Promise<boolean>;
  /** Materialised deadlines with from ≤ dueOn ≤ to, sorted by dueOn, reference (code points), kind. */
  abstract calendar(
    from: IsoDate,
    to: IsoDate,
    scope: CalendarScope,
    options?: CalendarReadOptions,
  ): Promise<CalendarEntry[]>;
  /** Conventions whose materialised deadlines stop before `to`: the calendar computes the rest. */
  abstract conventionsMaterialisedBefore(
    to: IsoDate,
    scope: CalendarScope,
  ): Promise<Array<{ id: string; deadlinesUntil: IsoDate }>>;
}
