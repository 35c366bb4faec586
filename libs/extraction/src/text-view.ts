/**
 * A searchable view of a text: lower case, accents removed, spaces collapsed, OCR slips mended
 * ("I'unanimité", words hyphenated across lines), page furniture left out — with the offset in
 * the original text of every character, so every match is quoted from the text as it was read.
 */
export interface TextView {
  readonly original: string;
  /** The normalized text the patterns run on. */
  readonly norm: string;
  /** map[i] = offset in `original` of norm[i]; map[norm.length] = original.length. */
  readonly map: readonly number[];
}

const APOSTROPHES = new Set(['’', '‘', '`', '´', 'ʼ', '′']);
const QUOTES = new Set(['«', '»', '“', '”', '„']);
const DASHES = new Set(['–', '—', '‑', '‐', '−']);
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ﬁ: 'fi', ﬂ: 'fl' };

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Lines repeated on several pages (a prefecture stamp, a running header): not part of any sentence. */
export function furnitureLines(text: string): Array<[number, number]> {
  const lines: Array<{ key: string; start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const key = foldForCompare(line).replace(/\d/g, '#').trim();
    lines.push({ key, start, end });
    start = end + 1;
  }
  const counts = new Map<string, number>();
  for (const { key } of lines) if (key.length >= 8) counts.set(key, (counts.get(key) ?? 0) + 1);
  return lines
    .filter(
      ({ key }) => key.length >= 8 && (counts.get(key) ?? 0) >= 3 && !/^(article|art\.|section)\b/.test(key),
    )
    .map(({ start, end }) => [start, end]);
}

/** Case, accents and apostrophes folded: for comparing names and words, not for offsets. */
export function foldForCompare(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[–—‑‐−]/g, '-')
    .replace(/œ/gi, 'oe')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

export function buildTextView(original: string, options: { dropFurniture?: boolean } = {}): TextView {
  const skip = new Uint8Array(original.length);
  if (options.dropFurniture !== false) {
    for (const [start, end] of furnitureLines(original)) skip.fill(1, start, end);
  }
  // Characters gathered in an array, joined once: reading the end of a growing string is not O(1).
  const out: string[] = [];
  const map: number[] = [];
  let last = '';
  const push = (chars: string, at: number) => {
    for (const c of chars) {
      out.push(c);
      map.push(at);
      last = c;
    }
  };
  const lastIsSpace = () => out.length === 0 || last === ' ';

  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (skip[i] || /\s/.test(c)) {
      if (!lastIsSpace()) push(' ', i);
      continue;
    }
    // A word hyphenated at a line end ("renouve-\nlable"): joined when the next line goes on in lower case.
    if ((c === '-' || c === '¬') && isLetter(original[i - 1])) {
      const rest = /^[ \t]*\r?\n[ \t]*(\p{Ll})/u.exec(original.slice(i + 1, i + 12));
      if (rest) {
        i += rest[0].length - 1;
        continue;
      }
    }
    if (APOSTROPHES.has(c) || c === "'") {
      // "d’'un" (a doubled apostrophe, as OCR and retyping leave them): one.
      if (last !== "'") push("'", i);
      continue;
    }
    if (QUOTES.has(c)) {
      push('"', i);
      continue;
    }
    if (DASHES.has(c)) {
      push('-', i);
      continue;
    }
    // OCR reads the elided "l'" as "I'" or "|'" ("I'unanimité", "|'article").
    if (
      (c === 'I' || c === '|') &&
      !isLetter(original[i - 1]) &&
      (original[i + 1] === "'" || APOSTROPHES.has(original[i + 1] ?? ''))
    ) {
      push('l', i);
      continue;
    }
    const ligature = LIGATURES[c];
    if (ligature) {
      push(ligature, i);
      continue;
    }
    const folded = c
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    push(folded, i);
  }
  map.push(original.length);
  return { original, norm: out.join(''), map };
}

/** The original span [start, end) of the norm span [normStart, normEnd). */
export function originalSpan(view: TextView, normStart: number, normEnd: number): [number, number] {
  const start = view.map[normStart] ?? view.original.length;
  const end = normEnd > normStart ? (view.map[normEnd - 1] ?? view.original.length - 1) + 1 : start;
  return [start, end];
}

/** The norm offset of an original offset (the first norm character at or after it). */
export function normOffset(view: TextView, originalOffset: number): number {
  let lo = 0;
  let hi = view.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.map[mid] < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
