/** An amount as officers write it: « 1 600 000 € », « 82.598,31 Dhs », « 816.560 Dhs », « 2,5 millions d'euros ». */
export interface Money {
  amount: number;
  /** ISO 4217; null when the words state no currency. */
  currency: string | null;
  start: number;
  end: number;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(€|eur\b|euros?\b)/i, 'EUR'],
  [/^(dhs?\b|dh\b|mad\b|dirhams?\b)/i, 'MAD'],
  [/^(\$|usd\b|dollars?\b)/i, 'USD'],
];

const SPACES = '[ \\u00a0\\u202f]';
const NUMBER = new RegExp(
  `(?<![\\d,.])(\\d{1,3}(?:(?:${SPACES}|\\.)\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?![\\d])`,
  'g',
);

function toNumber(words: string): number {
  const compact = words.replace(new RegExp(SPACES, 'g'), '');
  // A dot before exactly three digits groups thousands; a comma before one or two ends the integer part.
  if (/,\d{1,2}$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  if (/\.\d{3}(?:\.\d{3})*$/.test(compact)) return Number(compact.replace(/\./g, ''));
  return Number(compact.replace(',', '.'));
}

/** Every amount in the text, in order; percentages and years ("en 2007") are not amounts. */
export function findAmounts(text: string): Money[] {
  const found: Money[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    let cursor = start + match[0].length;
    const skipSpaces = () => {
      while (/[ \u00a0\u202f]/.test(text[cursor] ?? '')) cursor += 1;
    };
    skipSpaces();
    if (text[cursor] === '%') continue;
    let amount = toNumber(match[1]);
    const multiplier = /^(milliards?|millions?|M(?=€| ?d))\b ?(d['’]|de )?/i.exec(text.slice(cursor));
    if (multiplier) {
      amount *= /^milliard/i.test(multiplier[1]) ? 1e9 : 1e6;
      cursor += multiplier[0].length;
      skipSpaces();
    }
    const after = text.slice(cursor);
    const currency = CURRENCIES.find(([pattern]) => pattern.test(after));
    if (!currency) {
      // A bare year is no amount: "en 2007", "(2000-2006)", nor a number inside a range or a date.
      if (/^(19|20)\d{2}$/.test(match[1])) continue;
      if (/[-/]\s*$/.test(text.slice(Math.max(0, start - 2), start)) || after.startsWith('/')) continue;
    }
    const end = currency ? cursor + (currency[0].exec(after)?.[0].length ?? 0) : start + match[0].length;
    found.push({ amount: Math.round(amount * 100) / 100, currency: currency ? currency[1] : null, start, end });
  }
  return found;
}

/** The amount of a cell or phrase: the first one stated, or null. */
export function parseMoney(text: string): Money | null {
  return findAmounts(text)[0] ?? null;
}
