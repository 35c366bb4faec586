import { isMoroccan } from '../conventions/party-country';
import { ConventionDocument } from '../conventions/convention';
import { IsoDate, maxIsoDate } from '../shared/calendar-date';

/**
 * Start S of the first term (docs/deadline-rules.md#term-start): `effectiveOn` when recorded; otherwise as the term
 * clause says. Null while it cannot be known yet (a signature missing, an effective date not
 * recorded), which means no term and no term deadlines.
 */
export function resolveTermStart(doc: ConventionDocument): IsoDate | null {
  if (doc.effectiveOn) return doc.effectiveOn;
  const term = doc.clauses.term;
  if (!term) return null;
  switch (term.start) {
    case 'fixed_date':
      return term.startDate ?? null;
    case 'last_signature': {
      if (doc.parties.length === 0) return null;
      const signatures = doc.parties.map((party) => party.signedOn ?? null);
      if (signatures.some((signedOn) => !signedOn)) return null;
      return (signatures as IsoDate[]).reduce(maxIsoDate);
    }
    case 'after_approvals': {
      if (doc.parties.length === 0) return null;
      const approvals = [
        ...doc.parties.map((party) => party.signedOn ?? null),
        ...doc.parties.filter((party) => isMoroccan(party.country)).map((party) => party.visaOn ?? null),
      ];
      if (approvals.some((day) => !day)) return null;
      return (approvals as IsoDate[]).reduce(maxIsoDate);
    }
    case 'effective_date':
      return null;
  }
}
