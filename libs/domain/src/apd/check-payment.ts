import { ConventionDocument } from '../conventions/convention';
import { isFrench } from '../conventions/party-country';
import { FieldProblem } from '../shared/domain-error';
import { findPartyName } from '../governance/party-name';
import { IsoDate, toYearMonthDay } from '../shared/calendar-date';
import { summarizeTerms } from '../terms/term-summary';
import { NewPayment } from './payment';

export type PaymentWarning = 'not_in_force_that_year' | 'not_a_french_party';

export interface CheckedPayment {
  party: string;
  country: string;
  exchangeRate: number;
  amountEur: number;
  warnings: PaymentWarning[];
}

/**
 * A payment as the ledger keeps it, or the problems that refuse it (each naming its field).
 * Refused: an unknown party, a future day, a non-EUR currency without a rate, no way to tell the
 * beneficiary country (a French payer's partner abroad, a foreign payer's own). Only unusual (warnings): a year the convention was not in force (money is
 * often paid ahead of the start, or late), a payer that does not declare French APD.
 */
export function checkPayment(
  doc: Pick<ConventionDocument, 'parties' | 'clauses' | 'effectiveOn' | 'terminatedOn'>,
  payment: NewPayment,
  today: IsoDate,
): { ok: CheckedPayment } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const payerName = findPartyName(doc.parties, payment.party);
  const payer = doc.parties.find((party) => party.name === payerName);
  if (!payer) problems.push({ field: 'party', message: `"${payment.party}" is not one of the parties` });
  if (payment.paidOn > today)
    problems.push({ field: 'paidOn', message: 'a payment is recorded once made, not ahead' });

  const currency = payment.currency.toUpperCase();
  const rate = currency === 'EUR' ? 1 : (payment.exchangeRate ?? null);
  if (rate === null) {
    problems.push({
      field: 'currency',
      message: `no exchange rate for ${currency}: give exchangeRate (euros for 1 ${currency} on the day paid)`,
    });
  } else if (currency === 'EUR' && payment.exchangeRate != null && payment.exchangeRate !== 1) {
    problems.push({ field: 'exchangeRate', message: 'a payment in EUR has the rate 1' });
  }

  const others = [
    ...new Set(doc.parties.filter((party) => party !== payer).map((p) => p.country.toUpperCase())),
  ];
  const foreign = others.filter((country) => !isFrench(country));
  // A foreign payer's money is spent at home (Tiznit's co-financing benefits Morocco).
  const own = payer && !isFrench(payer.country) ? payer.country.toUpperCase() : null;
  const country = payment.country?.toUpperCase() ?? own ?? (foreign.length === 1 ? foreign[0] : null);
  if (!country) {
    problems.push({
      field: 'country',
      message: `say which country benefits: the other parties are in ${others.join(', ') || 'no country'}`,
    });
  }
  if (problems.length > 0 || !payer || rate === null || !country) return { problems };

  const warnings: PaymentWarning[] = [];
  if (!inForceDuringYear(doc, toYearMonthDay(payment.paidOn).year)) warnings.push('not_in_force_that_year');
  if (!isFrench(payer.country)) warnings.push('not_a_french_party');
  return {
    ok: {
      party: payer.name,
      country,
      exchangeRate: rate,
      amountEur: toCents(payment.amount * rate),
      warnings,
    },
  };
}

/** In force at least one day of `year`. */
export function inForceDuringYear(
  doc: Pick<ConventionDocument, 'parties' | 'clauses' | 'effectiveOn' | 'terminatedOn'>,
  year: number,
): boolean {
  const { startsOn, endsOn } = summarizeTerms(doc as ConventionDocument);
  if (!startsOn) return false;
  return startsOn <= `${year}-12-31` && (!endsOn || endsOn >= `${year}-01-01`);
}

/**
 * Euros to the cent, half a cent up. The product is first read to 15 significant digits: binary
 * floating point holds 1234.5 × 0.09 as 111.10499999999999, which is 111.105 as written.
 */
function toCents(euros: number): number {
  return Math.round(Number((euros * 100).toPrecision(15))) / 100;
}
