import { ConventionDocument } from '../conventions/convention';
import { IsoDate } from '../shared/calendar-date';
import { iterateTerms } from './iterate-terms';
import { Term } from './term';

/** The terms that are in force for at least one day between `from` and `to` (inclusive). */
export function computeTerms(doc: ConventionDocument, window: { from: IsoDate; to: IsoDate }): Term[] {
  const terms: Term[] = [];
  if (window.from > window.to) return terms;
  for (const term of iterateTerms(doc, window.from)) {
    if (term.startsOn > window.to) break;
    terms.push(term);
  }
  return terms;
}
