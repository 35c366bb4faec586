/** Calendar dates as conventions write them, read in the folded view (accents gone, lower case). */
import { YEAR_IN_WORDS, yearInWords } from './numbers';

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janv: 1,
  fevr: 2,
  fev: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
};
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = `(?:[012]?\\d|3[01])(?:\\s?(?:er|st|nd|rd|th))?|premier`;
const YEAR = `(?:19|20)\\d{2}`;

/** "2 février 2024", "1er mars 2016", "2 February 2024", "February 2, 2024", "15/12/2022", "the 2nd day of May 2019". */
export const DATE = [
  // "the 28th day of October, Two Thousand and Six", "20th day of April, in the year 1989"
  `(?:${DAY})\\s+day\\s+of\\s+${MONTH},?\\s*(?:in\\s+the\\s+year\\s+)?(?:${YEAR}|${YEAR_IN_WORDS})\\b`,
  `(?:${DAY})\\s+(?:day\\s+of\\s+)?${MONTH},?\\s+${YEAR}`,
  `${MONTH}\\s+(?:${DAY}),?\\s+${YEAR}`,
  `[0-3]?\\d[/.][01]?\\d[/.]${YEAR}`,
  `${YEAR}-[01]\\d-[0-3]\\d`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');

const pad = (value: number) => String(value).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date of a DATE match (numeric dates are day first, as both countries write them). */
export function parseDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  const dayOf = (day: string) => (day.startsWith('premier') ? 1 : parseInt(day, 10));
  match = /^(\d{1,2}(?:\s?(?:st|nd|rd|th))?)\s+day\s+of\s+([a-z]+)\.?,?\s*(?:in\s+the\s+year\s+)?(.+)$/.exec(
    value,
  );
  if (match && MONTHS[match[2]]) {
    const year = /^\d{4}$/.test(match[3]) ? Number(match[3]) : yearInWords(match[3]);
    return year ? isoDate(year, MONTHS[match[2]], dayOf(match[1])) : null;
  }
  match = /^(\d{1,2}(?:\s?(?:er|st|nd|rd|th))?|premier)\s+(?:day\s+of\s+)?([a-z]+)\.?,?\s+(\d{4})$/.exec(
    value,
  );
  if (match && MONTHS[match[2]]) return isoDate(Number(match[3]), MONTHS[match[2]], dayOf(match[1]));
  match = /^([a-z]+)\.?\s+(\d{1,2}(?:\s?(?:st|nd|rd|th))?),?\s+(\d{4})$/.exec(value);
  if (match && MONTHS[match[1]]) return isoDate(Number(match[3]), MONTHS[match[1]], dayOf(match[2]));
  return null;
}

/** "31 décembre" / "December 31" without a year: [month, day]. */
export const DAY_MONTH = `(?:(?:${DAY})\\s+${MONTH}|${MONTH}\\s+(?:${DAY}))`;
export function parseDayMonth(text: string): [number, number] | null {
  const value = text.trim();
  let match = /^(\d{1,2}|premier)(?:\s?(?:er|st|nd|rd|th))?\s+([a-z]+)\.?$/.exec(value);
  if (match && MONTHS[match[2]]) return [MONTHS[match[2]], match[1] === 'premier' ? 1 : Number(match[1])];
  match = /^([a-z]+)\.?\s+(\d{1,2})(?:\s?(?:st|nd|rd|th))?$/.exec(value);
  if (match && MONTHS[match[1]]) return [MONTHS[match[1]], Number(match[2])];
  return null;
}
