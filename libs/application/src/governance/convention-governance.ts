import {
  AmendmentInForce,
  amendedDocument,
  calendarDateIn,
  ConventionDocument,
  conventionGovernance,
  ConventionGovernance,
  IsoDate,
  NO_GOVERNANCE,
  StoredConvention,
  summarizeTerms,
} from '@passerelle/domain';
import { materialiseDeadlines } from '../deadlines/deadline-horizon';
import { GovernanceReader } from '../ports/governance-reader';
import { GovernedConventions } from '../ports/governance';

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
 * Inside a governance change, once its records are written: recompute the convention's
 * governance and replace its stored deadlines, so the calendar and reminders follow at once.
 */
export async function rematerialise(
  governed: GovernedConventions,
  reader: GovernanceReader,
  convention: StoredConvention,
  now: Date,
): Promise<ConventionGovernance> {
  const today = calendarDateIn(now, convention.timeZone);
  const governance = conventionGovernance(convention, await reader.factsOf(convention.id), today);
  const { startsOn, endsOn } = summarizeTerms(amendedDocument(convention, governance.amendments));
  await governed.rematerialise(convention.id, {
    ...materialiseDeadlines(convention, today, governance),
    startsOn,
    endsOn,
  });
  return governance;
}

/** The amendments in force of each convention of a page, read at once; none without a reader. */
export async function amendmentsInForceOf(
  reader: GovernanceReader | undefined | null,
  conventions: StoredConvention[],
  now: Date,
): Promise<Map<string, AmendmentInForce[]>> {
  const found = new Map<string, AmendmentInForce[]>();
  if (!reader || conventions.length === 0) return found;
  const facts = await reader.factsOfMany(conventions.map((convention) => convention.id));
  for (const convention of conventions) {
    const own = facts.get(convention.id);
    if (!own) continue;
    const { amendments } = conventionGovernance(convention, own, calendarDateIn(now, convention.timeZone));
    if (amendments.length) found.set(convention.id, amendments);
  }
  return found;
}
