import { ConventionDocument } from '../conventions/convention';
import { IsoDate } from '../shared/calendar-date';
import { termAt, termChainOf } from './term-chain';

export interface TermSummary {
  startsOn: IsoDate | null;
  /** Final last day in force; null when open-ended or when there is no start. */
  endsOn: IsoDate | null;
  /** Indefinite, or renewed tacitly without limit, and not terminated. */
  openEnded: boolean;
}

/** When the convention is in force, as a whole: from the first term's start to the last term's end. */
export function summarizeTerms(doc: ConventionDocument): TermSummary {
  const chain = termChainOf(doc);
  if (!chain) return { startsOn: null, endsOn: null, openEnded: false };
  const lastIndex = chain.tacit ? chain.tacit.maxRenewals : 0;
  if (lastIndex === null) {
    // Unlimited tacit renewal: only a termination ends it.
    return { startsOn: chain.startsOn, endsOn: chain.terminatedOn, openEnded: chain.terminatedOn === null };
  }
  // termAt is null only when a termination came before the last term's start.
  const last = termAt(chain, lastIndex);
  const endsOn = last ? last.lastDayInForce : chain.terminatedOn;
  return { startsOn: chain.startsOn, endsOn, openEnded: endsOn === null };
}
