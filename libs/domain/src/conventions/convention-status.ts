import { IsoDate } from '../shared/calendar-date';
import { summarizeTerms } from '../terms/term-summary';
import { ConventionDocument, ConventionStatus } from './convention';

/** The stored facts a convention's status is derived from (kept as columns for SQL filters). */
export interface StatusFacts {
  startsOn: IsoDate | null;
  /** Final last day in force; null when open-ended or not started. */
  endsOn: IsoDate | null;
  terminatedOn: IsoDate | null;
  /** At least one party's signature is recorded. */
  anySigned: boolean;
  /** Every party's signature is recorded; informative only, see below. */
  allSigned?: boolean;
}

/**
 * In this order:
 * - `terminated` once the recorded termination day has passed;
 * - before the start (or while it is unknown): `awaiting_signatures` as soon as one party has
 *   signed, else `draft`. A fully signed convention whose start is still ahead also stays
 *   `awaiting_signatures`: it is not yet in force and there is no "signed" status;
 * - `expired` after the final last day in force;
 * - `in_force` otherwise, including open-ended conventions.
 * Mirrored in SQL by the persistence layer (convention-status.sql.ts): change both together.
 */
export function statusFromSummary(facts: StatusFacts, today: IsoDate): ConventionStatus {
  if (facts.terminatedOn && today > facts.terminatedOn) return 'terminated';
  if (!facts.startsOn || today < facts.startsOn) return facts.anySigned ? 'awaiting_signatures' : 'draft';
  if (facts.endsOn && today > facts.endsOn) return 'expired';
  return 'in_force';
}

export function deriveConventionStatus(doc: ConventionDocument, today: IsoDate): ConventionStatus {
  const { startsOn, endsOn } = summarizeTerms(doc);
  return statusFromSummary(
    {
      startsOn,
      endsOn,
      terminatedOn: doc.terminatedOn ?? null,
      anySigned: doc.parties.some((party) => Boolean(party.signedOn)),
      allSigned: doc.parties.every((party) => Boolean(party.signedOn)),
    },
    today,
  );
}
