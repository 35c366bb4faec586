import {
  calendarDateIn,
  conventionGovernance,
  ConventionGovernance,
  GovernanceFacts,
  NO_GOVERNANCE,
  StoredConvention,
} from '@passerelle/domain';
import { GovernanceReader } from '../ports/governance-reader';

/**
 * Each convention of a batch with its own today (in its time zone) and its governance, read for
 * the whole batch at once.
 */
export async function withGovernance(
  batch: StoredConvention[],
  now: Date,
  reader: GovernanceReader | undefined,
): Promise<Array<{ convention: StoredConvention; today: string; governance: ConventionGovernance }>> {
  const facts = reader
    ? await reader.factsOfMany(batch.map((convention) => convention.id))
    : new Map<string, GovernanceFacts>();
  // One date per zone, not per convention: Intl's zone arithmetic is the costly part.
  const todayIn = new Map<string, string>();
  return batch.map((convention) => {
    let today = todayIn.get(convention.timeZone);
    if (!today) todayIn.set(convention.timeZone, (today = calendarDateIn(now, convention.timeZone)));
    const found = facts.get(convention.id);
    return {
      convention,
      today,
      governance: found ? conventionGovernance(convention, found, today) : NO_GOVERNANCE,
    };
  });
}
