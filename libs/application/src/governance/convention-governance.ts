import {
  calendarDateIn,
  ConventionDocument,
  conventionGovernance,
  ConventionGovernance,
  IsoDate,
  NO_GOVERNANCE,
  StoredConvention,
} from '@passerelle/domain';
import { materialiseDeadlines } from '../deadlines/deadline-horizon';
import { GovernanceReader } from '../ports/governance-reader';
import { GovernanceTransaction } from '../ports/governance.repository';

/** A convention's governance (clause versions, governance deadlines); none without a reader. */
export async function governanceOf(
  reader: GovernanceReader | undefined | null,
  convention: ConventionDocument & { id: string },
  today?: IsoDate,
): Promise<ConventionGovernance> {
  if (!reader) return NO_GOVERNANCE;
  return conventionGovernance(convention, await reader.factsOf(convention.id), today);
}

/**
 * Inside a governance transaction, once its records are written: recompute the convention's
 * governance and replace its stored deadlines, so the calendar and reminders follow at once.
 */
export async function rematerialiseIn(
  tx: GovernanceTransaction,
  convention: StoredConvention,
  now: Date,
): Promise<ConventionGovernance> {
  const today = calendarDateIn(now, convention.timeZone);
  const governance = conventionGovernance(convention, await tx.facts(), today);
  await tx.rematerialise(materialiseDeadlines(convention, today, governance));
  return governance;
}
