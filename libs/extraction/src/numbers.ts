/** Numbers as conventions write them, read in the folded view: "3", "trois", "deux (2)", "quatre-vingt-dix", "ninety". */

const FR_UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
};
const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const WORDS = [...Object.keys(FR_UNITS), ...Object.keys(EN_UNITS)].sort((a, b) => b.length - a.length);
const WORD = `(?:${WORDS.join('|')})`;
/** One number in words: "quatre-vingt-dix", "dix-huit", "vingt et un", "twenty-four". */
const WORDS_NUMBER = `${WORD}(?:(?:-|\\s)(?:et(?:-|\\s))?${WORD})*`;
const SIMPLE = `(?:\\d{1,3}|${WORDS_NUMBER})`;
/** A number, possibly repeated in brackets: "deux (2)", "(2) deux", "2 (deux)", "douze (12)". */
export const NUMBER = `(?:\\(\\s*${SIMPLE}\\s*\\)\\s*)?${SIMPLE}(?:\\s*\\(\\s*${SIMPLE}\\s*\\))?`;

function wordsValue(words: string): number | null {
  const parts = words.split(/[-\s]+/).filter((part) => part && part !== 'et' && part !== 'and');
  let total = 0;
  let current = 0;
  for (const part of parts) {
    const value = FR_UNITS[part] ?? EN_UNITS[part];
    if (value === undefined) return null;
    if (value === 100) {
      current = (current || 1) * 100;
    } else if (part === 'vingt' || part === 'vingts') {
      // quatre-vingt(s): 4 × 20
      current = current > 0 && current < 10 ? current * 20 : current + 20;
    } else if (value >= 10 && current % 10 === 0 && current % 100 !== 0 && current >= 20 && value < 20) {
      // soixante-dix, quatre-vingt-dix: tens + 10..19
      current += value;
    } else {
      current += value;
    }
  }
  total += current;
  return total;
}

/** The value of a NUMBER match; null when its two spellings disagree ("deux (3)"). */
export function numberValue(text: string): number | null {
  const values: number[] = [];
  for (const piece of text.split(/[()]/)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const value = /^\d+$/.test(trimmed) ? Number(trimmed) : wordsValue(trimmed);
    if (value === null) return null;
    values.push(value);
  }
  if (values.length === 0) return null;
  return values.every((value) => value === values[0]) ? values[0] : null;
}

/** A year in words, as English deeds write it: "two thousand and six", "nineteen hundred and eighty-nine". */
export const YEAR_IN_WORDS = `(?:two thousand(?:\\s+and)?(?:[\\s-]+${WORDS_NUMBER})?|(?:nineteen|eighteen) hundred(?:\\s+and)?(?:[\\s-]+${WORDS_NUMBER})?)`;

export function yearInWords(text: string): number | null {
  const match = /^(two thousand|nineteen hundred|eighteen hundred)(?:\s+and)?(?:[\s-]+(.+))?$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const base = match[1] === 'two thousand' ? 2000 : match[1] === 'nineteen hundred' ? 1900 : 1800;
  if (!match[2]) return base;
  const rest = wordsValue(match[2]);
  return rest !== null && rest < 100 ? base + rest : null;
}
