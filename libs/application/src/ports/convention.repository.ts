import {
  Actor,
  ConventionDocument,
  ConventionStatus,
  Deadline,
  DeadlineKind,
  IsoDate,
  PartyLinkRequest,
  StoredConvention,
  VisibilityScope,
} from '@passerelle/domain';

/** Columns the list sorts by; a leading `-` in the query means descending. */
export const CONVENTION_SORT_KEYS = [
  'reference',
  'title',
  'status',
  'startsOn',
  'endsOn',
  'nextDeadline',
] as const;
export type ConventionSortKey = (typeof CONVENTION_SORT_KEYS)[number];

/** The next open deadline of a listed convention (none done or waived, on or after today). */
export interface NextDeadline {
  kind: DeadlineKind;
  dueOn: IsoDate;
}

export interface ConventionListQuery {
  sort?: { key: ConventionSortKey; direction: 'asc' | 'desc' };
  q?: string;
  status?: ConventionStatus;
  country?: string;
  page: number;
  pageSize: number;
  /** The instant "today" is read from, in each convention's own time zone. */
  now: Date;
  scope: VisibilityScope;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What the persistence layer stores beside the document so that lists filter in SQL. */
export interface ConventionDerivedColumns {
  startsOn: string | null;
  endsOn: string | null;
  anySigned: boolean;
  allSigned: boolean;
  /** The deadlines are materialised up to this date (null: none computed). */
  deadlinesUntil: IsoDate | null;
  /** Replace the convention's materialised deadlines, in the same transaction as the document. */
  deadlines: Deadline[];
  /** Links to other organizations held back as requests, and those an admin set directly (audited). */
  partyLinks?: { requests: PartyLinkRequest[]; direct: PartyLinkRequest[]; requestedAt: Date };
}

export type ConventionToStore = ConventionDocument & { timeZone: string };

export abstract class ConventionRepository {
  /** Throws DomainError('conflict', …, 'reference') when the reference is taken. */
  abstract create(
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
    actor: Actor | null,
  ): Promise<StoredConvention>;
  /** Inserts all in one transaction, only while the table is empty (serialised by a lock); returns how many. */
  abstract createManyIfEmpty(
    items: Array<{ doc: ConventionToStore; derived: ConventionDerivedColumns }>,
  ): Promise<number>;
  /** Null when it does not exist or lies outside the scope: callers answer 404 either way. */
  abstract findById(id: string, scope?: VisibilityScope): Promise<StoredConvention | null>;
  /** Those of `ids` that exist, in no particular order; a store overrides it to read them in one go. */
  async findManyByIds(ids: readonly string[]): Promise<StoredConvention[]> {
    const found = await Promise.all(ids.map((id) => this.findById(id)));
    return found.filter((doc): doc is StoredConvention => doc !== null);
  }
  abstract list(
    query: ConventionListQuery,
  ): Promise<Page<StoredConvention & { nextDeadline?: NextDeadline | null }>>;
  /** Replaces the whole document (parties, clauses, commitments) in one transaction. */
  abstract replace(
    id: string,
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
    actor: Actor | null,
  ): Promise<StoredConvention>;
  abstract delete(id: string, actor: Actor | null): Promise<boolean>;
  abstract count(): Promise<number>;
}
