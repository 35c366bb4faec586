import { daysInMonth, formatIsoDate } from '../shared/calendar-date';
import { ImpreciseDate } from './portfolio';

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
};
const SEASONS: Record<string, string> = {
  printemps: 'spring',
  ete: 'summer',
  automne: 'autumn',
  hiver: 'winter',
};

/** Lower case, accents dropped: « Février » and « fevrier » are the same month. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const MONTH =
  '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';
const SEASON = '(printemps|[ée]t[ée]|automne|hiver)';
const YEAR = '((?:19|20)\\d{2})';
// Longest forms first: "26 mars 1998" before "mars 1998" before "1998".
const MENTION = new RegExp(
  [
    `\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`,
    `\\b(\\d{1,2})(?:\\^\\{er\\}|er)?\\s+${MONTH}\\s+${YEAR}\\b`,
    `\\b${MONTH}\\s*/\\s*${MONTH}\\s+${YEAR}\\b`,
    `\\b${MONTH}\\s+${YEAR}\\b`,
    `\\b${SEASON}\\s+${YEAR}\\b`,
    `\\b${YEAR}\\b`,
  ].join('|'),
  'giu',
);

export interface DateMention {
  /** Null when the words look like a date that does not exist (31/02/2005). */
  date: ImpreciseDate | null;
  start: number;
  end: number;
  words: string;
}

function dayDate(year: number, month: number, day: number): ImpreciseDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { value: formatIsoDate({ year, month, day }), precision: 'day' };
}

function monthDate(year: number, month: number): ImpreciseDate {
  return { value: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' };
}

/** Every date the text states, in order, each as precise as its words (never more). */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const g = match.slice(1);
    let date: ImpreciseDate | null;
    if (g[0] !== undefined) date = dayDate(Number(g[2]), Number(g[1]), Number(g[0]));
    else if (g[3] !== undefined) date = dayDate(Number(g[5]), MONTHS[foldAccents(g[4])], Number(g[3]));
    // "Novembre/décembre 2005": the month it may have started in, at month precision.
    else if (g[6] !== undefined) date = monthDate(Number(g[8]), MONTHS[foldAccents(g[6])]);
    else if (g[9] !== undefined) date = monthDate(Number(g[10]), MONTHS[foldAccents(g[9])]);
    else if (g[11] !== undefined)
      date = { value: `${g[12]}-${SEASONS[foldAccents(g[11])]}`, precision: 'season' };
    else date = { value: g[13], precision: 'year' };
    const start = match.index ?? 0;
    mentions.push({ date, start, end: start + match[0].length, words: match[0] });
  }
  return mentions;
}

/** The one date a cell or phrase states ("06/12/2004", "Automne 2007"), or null. */
export function parseImpreciseDate(text: string): ImpreciseDate | null {
  const mentions = findDateMentions(text);
  return mentions.length === 1 ? mentions[0].date : null;
}

/**
 * A spreadsheet date cell: `dd/mm/yyyy`, `d/m/yy` is refused, ISO `yyyy-mm-dd` accepted.
 * `invalid` when it has a date's shape but names no day (31/02/2005).
 */
export function parseDayDate(text: string): { value: string } | 'invalid' | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (match) {
    const date = dayDate(Number(match[3]), Number(match[2]), Number(match[1]));
    return date ? { value: date.value } : 'invalid';
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (match) {
    const date = dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { value: date.value } : 'invalid';
  }
  return 'invalid';
}

const PRECISE_SHAPES: Record<ImpreciseDate['precision'], RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  season: /^\d{4}-(spring|summer|autumn|winter)$/,
  year: /^\d{4}$/,
};

/** Whether a date's value is written as its precision says ("2007-autumn" is a season, not a day) and names a real day. */
export function isImpreciseDate(date: { value: unknown; precision: unknown }): date is ImpreciseDate {
  if (typeof date.value !== 'string' || typeof date.precision !== 'string') return false;
  const shape = PRECISE_SHAPES[date.precision as ImpreciseDate['precision']] as RegExp | undefined;
  const match = shape?.exec(date.value);
  if (!match) return false;
  return date.precision !== 'day' || dayDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** The first and last calendar day an imprecise date may stand for (for ordering a timeline). */
export function impreciseDateBounds(date: ImpreciseDate): { from: string; to: string } {
  const year = Number(date.value.slice(0, 4));
  switch (date.precision) {
    case 'day':
      return { from: date.value, to: date.value };
    case 'month': {
      const month = Number(date.value.slice(5, 7));
      return {
        from: `${date.value}-01`,
        to: formatIsoDate({ year, month, day: daysInMonth(year, month) }),
      };
    }
    case 'season': {
      // Meteorological seasons; winter is the one that starts in December of that year.
      const season = date.value.slice(5);
      const [fromMonth, toMonth, toYear] =
        season === 'spring'
          ? [3, 5, year]
          : season === 'summer'
            ? [6, 8, year]
            : season === 'autumn'
              ? [9, 11, year]
              : [12, 2, year + 1];
      return {
        from: formatIsoDate({ year, month: fromMonth, day: 1 }),
        to: formatIsoDate({ year: toYear, month: toMonth, day: daysInMonth(toYear, toMonth) }),
      };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}
