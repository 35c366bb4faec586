import { Deadline, IsoDate, StoredConvention } from '@passerelle/domain';

/** One convention's deadlines as computed for storage, and how far ahead they go. */
export interface MaterialisedConvention {
  id: string;
  deadlinesUntil: IsoDate | null;
  deadlines: Deadline[];
}

export interface RebuildResult {
  conventions: number;
  deadlines: number;
}

/** Bulk maintenance of the materialised deadlines: every convention at once, or each one's horizon. */
export abstract class DeadlineStore {
  /**
   * Replaces every stored deadline by what `materialise` computes for each batch of conventions, in
   * one transaction: readers see the previous deadlines until it commits, writers wait for it.
   * Records `rulesVersion` as the version the stored deadlines follow. The store writes each
   * convention's deadlines as it takes them from `materialise`'s iterable: a lazy one keeps one
   * convention's deadlines alive at a time, not a batch's.
   */
  abstract rebuildAll(
    materialise: (batch: StoredConvention[]) => Promise<Iterable<MaterialisedConvention>>,
    batchSize: number,
    rulesVersion: number,
  ): Promise<RebuildResult>;

  /** The deadline rules version of the last rebuild; null before the first. */
  abstract rulesVersion(): Promise<number | null>;

  /** Replaces the stored deadlines of these conventions, in one transaction (a batch recomputation). */
  abstract replace(items: MaterialisedConvention[]): Promise<void>;

  /** Conventions whose stored deadlines stop before `until` and that go on past it (keyset on id). */
  abstract findMaterialisedBefore(
    until: IsoDate,
    afterId: string | null,
    limit: number,
  ): Promise<Array<{ convention: StoredConvention; deadlinesUntil: IsoDate }>>;

  /**
   * Adds deadlines after each convention's current horizon and moves the horizon: the nightly
   * extension appends a day's worth instead of rewriting ten years. Idempotent.
   */
  abstract append(items: MaterialisedConvention[]): Promise<void>;

  /**
   * Recomputes every organization's own deadlines (apd_declaration) up to the horizon of `now`,
   * keeping the rows that still hold; answers how many are stored. Idempotent.
   */
  abstract refreshOrganizationDeadlines(now: Date): Promise<number>;
}
