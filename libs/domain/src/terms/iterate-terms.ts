import { ConventionDocument } from '../conventions/convention';
import { IsoDate } from '../shared/calendar-date';
import { Term } from './term';
import { firstTermIndexFrom, termAt, termChainOf } from './term-chain';

/**
 * The terms of a convention in order, lazily, starting with the first one still in force on or
 * after `from` (default: the first term). Unlimited tacit renewal makes this endless: stop
 * consuming when done.
 */
export function* iterateTerms(doc: ConventionDocument, from?: IsoDate): Generator<Term> {
  const chain = termChainOf(doc);
  if (!chain) return;
  const firstIndex = from ? firstTermIndexFrom(chain, from) : 0;
  if (firstIndex === null) return;
  for (let index = firstIndex; ; index += 1) {
    const term = termAt(chain, index);
    if (!term) return;
    yield term;
  }
}
