import { countryIn, nationalityIn } from '../countries';
import { DATE } from '../dates';
import { Reading } from '../reading';
import { buildTextView, foldForCompare } from '../text-view';
import { readHeadingParties } from './heading-parties';
import { PartyDraft, parseParty, parseRepresentative } from './party-parsing';
import { readSignatureBlocks } from './signature-blocks';

export type { PartyDraft } from './party-parsing';

const SEGMENT_START =
  /(?:\n[ \t]*\n|\n[ \t]*(?:et|and)\b[ \t,:]*|\b(?:entre|between)\b(?:\s+les soussignes|\s+the undersigned)?(?:\s*,\s*d'une part)?\s*[:,]?|d'une part\s*,?|d'autre part\s*,?|(?:^|\s)et\s*[,:]|[»>•;]|\n[ \t]*-\s|\bof the one part\b|\bof the other part\b)/gi;
const REPRESENTED = /\b(representee?s?|represente par|represented by|represente)\b\s*(?:par\b)?\s*:?\s*/g;
const REPRESENTATIVE_END =
  /\s*(?:\b(?:agissant|en vertu|dument|ci-apr[eè]s|d[ée]nomm[ée]e?|d[ée]sign[ée]e?|selon|d'une part|d'autre part|hereinafter|acting|pursuant|duly|in accordance|conformement|conform[ée]ment|habilit[ée]|autoris[ée])|\n[ \t]*\n|\n[ \t]*(?:et|and)\b|,\s*(?:et|and)\s*:|;)/i;
/** Case matters here: a sentence ends before a capitalised word ("… spéciale. Préambule") or at a line end, an initial ("X.") does not. */
const LAYOUT_END = /(?<!\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|St|\p{Lu}))\.(?:\s+(?=\p{Lu}\p{Ll})|[ \t]*(?:\n|$))/u;
const endOf = (tail: string) => {
  const ends = [REPRESENTATIVE_END.exec(tail), LAYOUT_END.exec(tail)].filter((m) => m !== null);
  return ends.length ? Math.min(...ends.map((m) => m.index)) : -1;
};
/** The start of a party's own words: "La Ville de …", "L'association …", "THE CITY OF …". */
const PARTY_OPENER =
  /^[ \t]*(?:(?:la|le|les|l['’]|the)\s*)?(?:ville|commune|city|town|municipalit|d[ée]partement|r[ée]gion|conseil|communaut[ée]|m[ée]tropole|agglom[ée]ration|province|pr[ée]fecture|association|comit[ée]|institut|f[ée]d[ée]ration|county|borough)/i;

/**
 * The last line break before `at` that a writer made (not a PDF's wrapping): after a short line or
 * a line ending a clause, or before a line opening a party. -1 when there is none after `floor`.
 */
function hardBreakBefore(head: string, at: number, floor: number, short: number): number {
  for (let b = head.lastIndexOf('\n', at - 1); b >= floor && b >= 0; b = head.lastIndexOf('\n', b - 1)) {
    const lineStart = head.lastIndexOf('\n', b - 1) + 1;
    const previous = head.slice(lineStart, b).trim();
    const next = head.slice(b + 1, at);
    if (previous.length < short || /[.,;:»"”)]$/.test(previous) || PARTY_OPENER.test(next)) return b;
  }
  return -1;
}

/** A line shorter than most of the text's long lines was ended by its writer, not by the page width. */
function shortLine(head: string): number {
  const lengths = head
    .split('\n')
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  const wide = lengths[Math.floor(lengths.length * 0.8)] ?? 80;
  return Math.min(45, Math.round(wide * 0.65));
}

/**
 * The representative's words, line by line as far as they make a name or a title: a PDF may wrap
 * "son⏎Maire, Monsieur X" or "M Claude⏎CAZABAT", and the next line may be another party.
 */
function representativeIn(chunk: string): string {
  const lines = chunk.split('\n');
  let text = '';
  for (const line of lines) {
    text = `${text} ${line}`.trim();
    if (parseRepresentative(text).representative) return text;
  }
  const first = lines[0].trim();
  return parseRepresentative(first).representativeTitle ? first : text;
}

/** A line that is a party's address, not its name: the name is on the line before. */
const ADDRESS_LINE =
  /^\s*(?:sise?|sis|dont le si[eè]ge|domicili[ée]e?|situ[ée]e?|located|whose (?:seat|office))\b/i;

/** Parties: "La commune de X (France), représentée par son Maire, Monsieur Y, … délibération … du D". */
export function readParties(reading: Reading): PartyDraft[] {
  const text = reading.text;
  const firstArticle = reading.articles.find((article) => article.start > 200);
  const limit = Math.min(text.length, firstArticle ? firstArticle.start : 12000, 15000);
  const head = text.slice(0, limit);
  const headView = buildTextView(head, { dropFurniture: false });
  const drafts: PartyDraft[] = [];
  const short = shortLine(head);

  for (const match of headView.norm.matchAll(REPRESENTED)) {
    const at = headView.map[match.index];
    const after = headView.map[match.index + match[0].length] ?? head.length;
    // The party's words: back to the previous delimiter.
    const before = head.slice(Math.max(0, at - 300), at);
    let segmentStart: number = Math.max(0, at - 300);
    for (const delimiter of before.matchAll(SEGMENT_START)) {
      // The "»" closing « Jumelage en Marches » is no delimiter.
      if (
        delimiter[0] === '»' &&
        before.lastIndexOf('«', delimiter.index) > before.lastIndexOf('»', delimiter.index - 1)
      )
        continue;
      segmentStart = Math.max(0, at - 300) + delimiter.index + delimiter[0].length;
    }
    // A party usually starts its own line: "LA VILLE D'ANGOULEME, représentée par …" (not a line a PDF wrapped).
    const hard = hardBreakBefore(head, at, segmentStart, short);
    if (hard >= segmentStart && head.slice(hard + 1, at).trim().length >= 2) segmentStart = hard + 1;
    let segment = head.slice(segmentStart, at).replace(/[\s,]+$/, '');
    // "La Ville de Mulhouse⏎Sise 0, rue … Représentée par …": the name is the line above the address.
    let paragraphStart = segmentStart;
    // "l'Institut … (ICD Afrique)⏎⏎représenté par …": the name is the last line written before.
    if (!segment.trim()) {
      // The paragraph before the blank line (a PDF may have wrapped it).
      const window = head.slice(Math.max(0, at - 300), at).replace(/\s+$/, '');
      const blank = window.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
      const previous = (blank >= 0 ? window.slice(blank) : window).trim();
      if (previous && !/^(?:entre|et|and|between)\b/i.test(previous)) {
        segment = previous.replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
        paragraphStart = head.lastIndexOf(previous, at);
      }
    }
    // "L'Institut …⏎Sis à l'Espace Nord-Sud, … Représenté par": the name stops where its address begins.
    const address = segment.search(
      /\n(?=[ \t]*(?:sise?|sis|dont le si[eè]ge|domicili[ée]e?|situ[ée]e?|located)\b)/i,
    );
    if (address > 0) segment = segment.slice(0, address).replace(/[\s,]+$/, '');
    if (ADDRESS_LINE.test(segment)) {
      // The address starts the segment: the name is the line above it.
      const addressAt =
        segmentStart + (head.slice(segmentStart).length - head.slice(segmentStart).trimStart().length);
      const nameEnd = head.lastIndexOf('\n', addressAt - 1);
      const lineStart = nameEnd > 0 ? head.lastIndexOf('\n', nameEnd - 1) + 1 : -1;
      if (lineStart >= 0) {
        segment = head.slice(lineStart, nameEnd).replace(/[\s,]+$/, '');
        paragraphStart = lineStart;
      }
    }
    // "… sis Hôtel de Ville de X, 28 place des Vignaux 65200 X, représentée par …": an address, not a party's name.
    if (/\b\d{5}\b|\b(sis|sise|siege|place|rue|avenue|boulevard)\b/i.test(segment.split(',')[1] ?? ''))
      continue;
    const party = parseParty(segment);
    if (!party) continue;

    const tail = head.slice(after, after + 300);
    const endAt = endOf(tail);
    const representativeText = representativeIn(
      endAt >= 0 ? tail.slice(0, endAt) : tail.split('\n').slice(0, 3).join('\n'),
    );
    Object.assign(party, parseRepresentative(representativeText));

    // The paragraph of this party: up to a blank line, the next party or the end of its sentence.
    const paragraphTail = head.slice(after, after + 600);
    // … or the "Vu" list that follows the parties ("▪ Vu la délibération du …").
    const stop =
      /\n[ \t]*\n|\n[ \t]*(?:et|and)\b|\n[ \t]*(?:[▪■●◦]|vu\b)|\b(?:d'une part|d'autre part)\b|[»>•;]|[^A-Z.]\.\s/i.exec(
        paragraphTail,
      );
    const end =
      after +
      (stop
        ? stop.index + (stop[0].startsWith('.') || /^[^\s]\./.test(stop[0]) ? 2 : 0)
        : Math.min(paragraphTail.length, representativeText.length));
    const paragraph = foldForCompare(head.slice(paragraphStart, end));
    const country =
      countryIn(foldForCompare(segment)) ?? countryIn(paragraph.slice(0, 400)) ?? nationalityIn(paragraph);
    if (country) party.country = country;
    const deliberation = new RegExp(
      `deliberation[^;]{0,160}?(?:en date du|du|le|of|dated)\\s+(${DATE})`,
    ).exec(paragraph);
    if (deliberation) party.deliberationOn = reading.parseDateText(deliberation[1]) ?? undefined;
    segmentStart = paragraphStart;
    while (segmentStart < at && /\s/.test(text[segmentStart])) segmentStart++;
    party.start = segmentStart;
    party.end = Math.max(end, at + 1);
    while (party.end > party.start && /[\s,]/.test(text[party.end - 1])) party.end--;
    if (!drafts.some((draft) => foldForCompare(draft.name) === foldForCompare(party.name)))
      drafts.push(party);
  }

  // "ENTRE ANGOULEME (FRANCE) et SEGOU (REPUBLIQUE DU MALI)": a country the heading gives after the name.
  const foldedHead = foldForCompare(head.slice(0, 3000));
  for (const party of drafts) {
    if (party.country) continue;
    const name = foldForCompare(party.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bracket = new RegExp(`${name}[^()]{0,45}\\(([^)]{2,40})\\)`).exec(foldedHead);
    if (!bracket) continue;
    const country = countryIn(bracket[1]);
    if (country) party.country = country;
  }

  // No "représenté par" for both: the heading's "between the City of X … and the City of Y".
  if (drafts.length < 2) {
    for (const party of readHeadingParties(text))
      if (!drafts.some((draft) => foldForCompare(draft.name) === foldForCompare(party.name)))
        drafts.push(party);
  }
  readSignatureBlocks(text, drafts);
  // "the two cities", "les deux communes", "our two towns": the text says what both parties are.
  if (drafts.length === 2 && drafts.some((draft) => !draft.level)) {
    const both =
      /\b(?:the two|both|our two|these two|les deux|nos deux|ces deux)\s+(cities|towns|municipalities|villes|communes|municipalites)\b/i.exec(
        foldForCompare(head),
      );
    if (both) for (const draft of drafts) draft.level ??= 'commune';
  }
  readVisaDeliberations(foldForCompare(head), drafts, reading);

  drafts.forEach((party, index) => {
    const add = (field: string, value: unknown, confidence: number) =>
      reading.add(`parties[${index}].${field}`, value, party.start, party.end, confidence);
    add('name', party.name, 0.88);
    if (party.level) add('level', party.level, 0.82);
    if (party.country) add('country', party.country, 0.9);
    else reading.warn('country_not_stated', `parties[${index}].country`);
    if (party.representative) add('representative', party.representative, 0.86);
    if (party.representativeTitle) add('representativeTitle', party.representativeTitle, 0.84);
    if (party.deliberationOn) add('deliberationOn', party.deliberationOn, 0.9);
    if (party.signedOn) add('signedOn', party.signedOn, 0.8);
  });
  return drafts;
}

/** "Vu la délibération du Conseil Général du Bas-Rhin du 04 mars 2013": that party's deliberation. */
function readVisaDeliberations(foldedHead: string, drafts: PartyDraft[], reading: Reading) {
  const visa = new RegExp(
    `\\bvu (?:la|les) deliberations? (?:n[°o]\\s*\\S+\\s+)?(?:du|de la|de l')\\s+([^;\\n]{3,120}?)\\s+(?:du|en date du)\\s+(${DATE})`,
    'g',
  );
  for (const match of foldedHead.matchAll(visa)) {
    const named = drafts.filter((draft) => match[1].includes(foldForCompare(draft.name)));
    if (named.length !== 1 || named[0].deliberationOn) continue;
    named[0].deliberationOn = reading.parseDateText(match[2]) ?? undefined;
  }
}
