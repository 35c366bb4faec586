import { foldForCompare } from './text-view';

/** A heading "ARTICLE 7 DUREE DU PROTOCOLE", "Article 4-1 …", "Article premier", "Section III". */
export interface Article {
  /** As the officers cite it: "7", "4-1", "1" for "premier". */
  number: string;
  /** Heading words after the number ("Durée, renouvellement et nouveaux partenaires"). */
  heading: string;
  start: number;
  /** Start of the next article (or the end of the text). */
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
function romanValue(roman: string): number | null {
  let total = 0;
  const letters = roman.toLowerCase();
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN[letters[i]];
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    if (!value) return null;
    total += value < next ? -value : value;
  }
  return total || null;
}

const HEADING =
  /^[ \t>*#•»-]*(?:article|art\.|section)\s*(\d{1,2}(?:\s*[-.]\s*\d{1,2})?|premier|1er|1st|[ivxl]{1,6})(?=[\s:.,–—-]|$)(.*)$/gimu;

export function findArticles(text: string): Article[] {
  const articles: Article[] = [];
  for (const match of text.matchAll(HEADING)) {
    const raw = match[1];
    const rest = match[2] ?? '';
    // "Article 5 de la présente convention, …" at a line start is a sentence, not a heading.
    if (/^\s*(de la|du|de l'|des|of the|of this|ci-dessus|ci-dessous)\b/i.test(rest)) continue;
    if (rest.length > 140) continue;
    const folded = raw.toLowerCase();
    let number: string;
    if (/^(premier|1er|1st)$/.test(folded)) number = '1';
    else if (/^[ivxl]+$/.test(folded)) {
      // "Article L 1115-1" (a code's article, which a PDF may wrap to a line start) is no heading.
      if (/^\s*\d/.test(rest)) continue;
      const value = romanValue(folded);
      if (value === null) continue;
      number = String(value);
    } else number = raw.replace(/\s+/g, '').replace('.', '-');
    const heading = rest.replace(/^[\s:.,–—-]+/, '').trim();
    articles.push({ number, heading, start: match.index, end: text.length });
  }
  for (let i = 0; i < articles.length - 1; i++) articles[i].end = articles[i + 1].start;
  return articles;
}

export function articleAt(articles: readonly Article[], offset: number): Article | undefined {
  let found: Article | undefined;
  for (const article of articles) {
    if (article.start <= offset) found = article;
    else break;
  }
  return found;
}

export function articleWhoseHeading(articles: readonly Article[], pattern: RegExp): Article | undefined {
  return articles.find((article) => pattern.test(foldForCompare(article.heading)));
}

const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mlle',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'art',
  'cf',
  'n',
  'no',
  'p',
  'etc',
  'al',
  'vol',
  'ex',
  'ste',
  'av',
  'bd',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'prof',
  'hon',
  'gov',
  'u.s',
  'vs',
]);

/**
 * Sentence spans [start, end) of the original text: a sentence ends at ". " (not after "M." or
 * "L."), at a line that starts a list item or a heading, or at a blank line followed by a capital.
 * Repeated page furniture inside a sentence stays inside it: the quote is verbatim.
 */
export function sentenceSpans(text: string, articles: readonly Article[]): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const article of articles) {
    cuts.add(article.start);
    const lineEnd = text.indexOf('\n', article.start);
    if (lineEnd > 0) cuts.add(lineEnd);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(text[i + 1] ?? ' ')) {
      if (c === '.') {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
        if (word.length === 1 && /\p{Lu}/u.test(word)) continue;
        if (ABBREVIATIONS.has(word.toLowerCase())) continue;
        if (/\d$/.test(text.slice(0, i)) && /^\s?\d/.test(text.slice(i + 1, i + 3))) continue;
      }
      cuts.add(i + 1);
    } else if (c === '\n') {
      const rest = text.slice(i + 1, i + 200);
      const blank = /^[ \t]*\r?\n/.test(rest);
      const next = /^\s*(\S)/u.exec(rest)?.[1] ?? '';
      if (/^[ \t]*([-•»>*▪◦–]|\d+[.)-]\s|[a-z][.)]\s)/u.test(rest)) cuts.add(i + 1);
      else if (blank && /[\p{Lu}\d«"(]/u.test(next)) cuts.add(i + 1);
      else if (/[:;.]\s*$/.test(text.slice(Math.max(0, i - 3), i)) && /\p{Lu}/u.test(next)) cuts.add(i + 1);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    let start = sorted[i];
    let end = sorted[i + 1];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

export function sentenceAt(spans: ReadonlyArray<[number, number]>, offset: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return [start, end];
  }
  // Between sentences (white space): the next one.
  const next = spans[lo] ?? spans[spans.length - 1] ?? [0, 0];
  return [next[0], next[1]];
}
