import { DATE, parseDate } from './dates';
import { NUMBER, numberValue } from './numbers';

/** Fragments of the folded text (see TextView): no accents, lower case, single spaces. */
export const NUM = `(?:\\b|(?=\\())(${NUMBER})`;
export const YEARS = `(?:ans?|annees?|years?)\\b`;
export const MONTHS = `(?:mois|months?)\\b`;
export const DAYS = `(?:jours?|days?)\\b`;
export const UNIT = `(ans?|annees?|years?|mois|months?|jours?|days?)\\b`;
export const DATE_CAPTURE = `\\b(${DATE})`;

export const RENEWAL_WORDS =
  /\b(renouvel|reconduc|reconduit|reconduir|prorog|renew|extend|extension|prolong)/;

/** Months of a "NUMBER UNIT" pair; days for days; null when not a number. */
export function quantity(numberText: string, unitText: string): { months?: number; days?: number } | null {
  const value = numberValue(numberText);
  if (value === null || value <= 0) return null;
  if (/^(an|ans|annee|annees|year|years)$/.test(unitText)) return { months: value * 12 };
  if (/^(mois|month|months)$/.test(unitText)) return { months: value };
  if (/^(jour|jours|day|days)$/.test(unitText)) return { days: value };
  return null;
}

export function dateIn(text: string): string | null {
  return parseDate(text);
}

/** Global regex from a source string (folded text is matched case-sensitively: it is lower case). */
export function re(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}
