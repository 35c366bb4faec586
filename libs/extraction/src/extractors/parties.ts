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
  /\s*(?:\b(?:agissant|en vertu|dument|ci-apr[eè]s|d[ée]nomm[ée]e?|d[ée]sign[ée]e?|selon|d'une part|d'autre part|hereinafter|acting|pursuant|duly|in accordance|conformement|conform[ée]ment|habilit[ée]|autoris[ée])|\n[ \t]*\n|\n[ \t]*(?:et|and)\b|,\s*(?:et|and)\s*:|;|\.\s*(?:\n|$))/i;
/**
 * Case matters here: a sentence ends before a capitalised word ("… spéciale. Préambule"); a line
 * ends before a capitalised line unless the name goes on there ("M Claude⏎CAZABAT, …").
 */
const LAYOUT_END =
  /(?<!\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|St|\p{Lu}))\.\s+(?=\p{Lu}\p{Ll})|(?<![,:]|\bpar|\bby|\b\p{Lu}\p{Ll}+)[ \t]*\n(?=[ \t]*\p{Lu})/u;
const endOf = (tail: string) => {
  const ends = [REPRESENTATIVE_END.exec(tail), LAYOUT_END.exec(tail)].filter((m) => m !== null);
  return ends.length ? Math.min(...ends.map((m) => m.index)) : -1;
};
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
    // A party usually starts its own line: "LA VILLE D'ANGOULEME, représentée par …".
    const lastBreak = head.lastIndexOf('\n', at - 1);
    if (lastBreak >= segmentStart && head.slice(lastBreak + 1, at).trim().length >= 2)
      segmentStart = lastBreak + 1;
    let segment = head.slice(segmentStart, at).replace(/[\s,]+$/, '');
    // "La Ville de Mulhouse⏎Sise 0, rue … Représentée par …": the name is the line above the address.
    let paragraphStart = segmentStart;
    // "l'Institut … (ICD Afrique)⏎⏎représenté par …": the name is the last line written before.
    if (!segment.trim()) {
      const lines = head.slice(Math.max(0, at - 300), at).split('\n');
      const previous =
        lines
          .map((line) => line.trim())
          .filter(Boolean)
          .pop() ?? '';
      if (!/^(?:entre|et|and|between)\b/i.test(previous)) {
        segment = previous.replace(/[\s,]+$/, '');
        paragraphStart = head.lastIndexOf(previous, at);
      }
    }
    if (ADDRESS_LINE.test(segment) && lastBreak > 0) {
      const lineStart = head.lastIndexOf('\n', lastBreak - 1) + 1;
      segment = head.slice(lineStart, lastBreak).replace(/[\s,]+$/, '');
      paragraphStart = lineStart;
    }
    // "… sis Hôtel de Ville de X, 28 place des Vignaux 65200 X, représentée par …": an address, not a party's name.
    if (/\b\d{5}\b|\b(sis|sise|siege|place|rue|avenue|boulevard)\b/i.test(segment.split(',')[1] ?? ''))
      continue;
    const party = parseParty(segment);
    if (!party) continue;

    const tail = head.slice(after, after + 300);
    const endAt = endOf(tail);
    const representativeText = (endAt >= 0 ? tail.slice(0, endAt) : tail.split('\n')[0]).trim();
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
