import { Actor, StoredConvention } from '@passerelle/domain';
import { ConventionDerivedColumns } from '../convention.repository';
import { DeadlineRecord } from '../deadline.repository';

/** A deadline closed by a governance record: written to deadline_records like an officer's record. */
export type DeadlineSettlement = Pick<
  DeadlineRecord,
  'kind' | 'dueOn' | 'state' | 'doneOn' | 'note' | 'reason'
>;

export type GovernanceResource = 'meeting' | 'minutes' | 'amendment' | 'action_plan' | 'evaluation' | 'file';

/**
 * What a governance change does to its convention. `lock` is the one place the convention's row
 * lock is taken (docs/architecture.md#unit-of-work): it must run inside the use case's unit of
 * work, so concurrent changes to one convention wait for each other and read fresh rows.
 */
export abstract class GovernedConventions {
  /** Locks the convention's row for the current unit of work and reads it fresh; 404 when gone. */
  abstract lock(conventionId: string): Promise<StoredConvention>;
  /** The convention a governance record belongs to; null when there is no such record. */
  abstract ownerOf(resource: GovernanceResource, id: string): Promise<string | null>;
  abstract deadlineRecords(conventionId: string): Promise<DeadlineRecord[]>;
  /** Writes (or overwrites) the record of a deadline, audited like an officer's record. */
  abstract settle(
    conventionId: string,
    settlement: DeadlineSettlement,
    actor: Actor,
  ): Promise<DeadlineRecord>;
  /** Removes the record of a deadline (open again), audited; false when there was none. */
  abstract unsettle(
    conventionId: string,
    key: Pick<DeadlineSettlement, 'kind' | 'dueOn'>,
    actor: Actor,
  ): Promise<boolean>;
  /** Replaces the convention's materialised deadlines, and its stored start and end (amended term). */
  abstract rematerialise(
    conventionId: string,
    materialised: Pick<ConventionDerivedColumns, 'deadlines' | 'deadlinesUntil' | 'startsOn' | 'endsOn'>,
  ): Promise<void>;
}
