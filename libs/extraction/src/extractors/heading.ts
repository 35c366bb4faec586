import { Reading } from '../reading';
import { foldForCompare } from '../text-view';

const INSTRUMENTS: Array<[RegExp, string]> = [
  [/\bconvention[- ]cadre\b|\bframework agreement\b/, 'convention_cadre'],
  [
    /\bpacte d'amitie\b|\bfriendship (?:agreement|pact|charter)\b|\bfriendship city\b|\b(?:agreement|accord|pact|pacte)\b[^.]{0,40}\b(?:friendly relations|friendship relations|relations d'amitie|relations amicales)\b/,
    'pacte_amitie',
  ],
  [
    /\b(?:serment|charte|pacte|convention|accord|protocole|contrat) de jumelage\b|\bjumelage entre\b|\btwinning (?:agreement|charter|oath|protocol)\b|\bsister[- ]cit(?:y|ies) (?:agreement|relationship|affiliation)\b|\bas sister cities\b|\btown twinning\b/,
    'jumelage',
  ],
  [/\bcharte\b|\bcharter\b/, 'charte'],
  [/\bprotocole\b|\bmemorandum of understanding\b|\bprotocol\b/, 'protocole'],
  [
    /\bconvention de partenariat\b|\bpartnership agreement\b|\bconvention de partenaria\b/,
    'convention_partenariat',
  ],
  [
    /\baccords? de cooperation\b|\bcooperation agreement\b|\bagreement (?:on|of|for) (?:decentralized |decentralised )?cooperation\b/,
    'accord_cooperation',
  ],
];

/** Title and instrument from the heading lines; object from the "Objet" article. */
export function readHeading(reading: Reading) {
  const lines = reading.text.split('\n');
  // First the title lines (before the parties, or in capitals), then any of the first 40 lines: a
  // line a PDF wrapped from the preamble ("… la Convention de jumelage a été signée") is no title.
  readInstrumentLine(reading, lines, isTitleLine(lines));
  if (!reading.has('instrument')) readBareConvention(reading, lines);
  if (!reading.has('instrument')) readInstrumentLine(reading, lines, () => true, false, true);
  if (!reading.has('instrument')) readInstrumentLine(reading, lines, () => true, true, true);
  if (!reading.has('instrument')) readSelfReference(reading);
  const objectArticle = reading.articles.find((article) =>
    /^(objet|object|purpose|objectif|but)\b/.test(foldForCompare(article.heading)),
  );
  const objectSentence =
    (objectArticle &&
      reading.sentences.find(
        (s) => s.start > objectArticle.start + 3 && s.start < objectArticle.end && s.norm.length > 40,
      )) ??
    reading.sentences.find((s) =>
      /\b(a pour objet|ont pour objet|a pour but|the purpose of this agreement|this agreement aims|the aim of this agreement)\b/.test(
        s.norm,
      ),
    );
  if (objectSentence)
    reading.addFromSentence(
      'object',
      reading.text.slice(objectSentence.start, objectSentence.end).replace(/\s+/g, ' '),
      objectSentence,
      0.7,
    );
}

/** The first lines, before the first party or article ("Entre", "Il est convenu", "Article"; at most 8, else 5), or lines in capitals. */
function isTitleLine(lines: readonly string[]): (index: number) => boolean {
  const body = lines.findIndex((line) =>
    /^\s*(?:entre\b|between\b|il est convenu|preambule|vu\b|article\b|considerant)/.test(
      foldForCompare(line),
    ),
  );
  return (index) => {
    const letters = lines[index].replace(/[^\p{L}]/gu, '');
    const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
    // No party or article line: the first five lines are the heading.
    return (
      index < Math.min(body < 0 ? 5 : body, 8) || (letters.length > 0 && capitals / letters.length > 0.6)
    );
  };
}

/**
 * A body line names the text itself: "cet accord de coopération", "le présent protocole", "this
 * agreement", "L'accord de coopération est conclu …" — not "signer un accord de coopération",
 * nor a press release's "la signature de l'accord de coopération entre les deux villes".
 */
function namesItself(folded: string, at: number, end: number): boolean {
  const before = folded.slice(0, at);
  if (/(?:^|[^a-z])(?:cet|cette|ce|present|presente|this|the present)\s*$/.test(before)) return true;
  return (
    /(?:^|[^a-z])(?:l'|le |la |the )\s*$/.test(before) &&
    /^\s*(?:est|sont|prend|a pour|peut|pourra|sera|entre(?:ra)? en vigueur|shall|is|will|enters into force)\b/.test(
      folded.slice(end),
    )
  );
}

function readInstrumentLine(
  reading: Reading,
  lines: readonly string[],
  eligible: (index: number) => boolean,
  joined = false,
  selfOnly = false,
) {
  let offset = 0;
  // The first 40 lines, or the first 4,000 characters when a PDF wrapped them into more lines.
  for (const [index, own] of lines.entries()) {
    if (index >= 40 && offset >= 4000) break;
    // Joined with the next line when a PDF may have wrapped the words ("accord de⏎coopération").
    const line = joined && lines[index + 1] !== undefined ? `${own}\n${lines[index + 1]}` : own;
    const folded = foldForCompare(line);
    if (eligible(index) && folded.length >= 6 && folded.length <= 240) {
      for (const [pattern, instrument] of INSTRUMENTS) {
        const match = pattern.exec(folded);
        if (match && selfOnly && !namesItself(folded, match.index, match.index + match[0].length)) continue;
        if (match && !/\b(vu|considerant|whereas|en vertu|article)\b/.test(folded)) {
          const start = offset + (line.length - line.trimStart().length);
          const end = offset + line.trimEnd().length;
          reading.add('instrument', instrument, start, end, 0.85);
          reading.add('title', line.trim().replace(/\s+/g, ' '), start, end, 0.8);
          return;
        }
      }
    }
    offset += own.length + 1;
  }
}

/**
 * A heading "CONVENTION", "CONVENTION ENTRE …", "CONVENTION « VILLE – COMITÉ DE JUMELAGE »": a
 * convention of no kind the list names (often a commune and its twinning association): other.
 */
function readBareConvention(reading: Reading, lines: readonly string[]) {
  let offset = 0;
  for (const line of lines.slice(0, 40)) {
    const folded = foldForCompare(line);
    if (/^convention(?:\s*$|\s+(?:entre|between)\b|\s*["«“]|\s*:)/.test(folded) && folded.length <= 160) {
      const start = offset + (line.length - line.trimStart().length);
      reading.add('instrument', 'other', start, offset + line.trimEnd().length, 0.7);
      return;
    }
    offset += line.length + 1;
  }
}

const SELF_REFERENCES: Array<[RegExp, string]> = [
  [/\b(?:le |du |au |ce )present protocole\b/g, 'protocole'],
  [/\b(?:la |de la |a la |cette )presente convention[- ]cadre\b/g, 'convention_cadre'],
  [/\b(?:la |de la |a la |cette )presente charte\b/g, 'charte'],
  [/\b(?:le |du |au |cet )present accord de cooperation\b/g, 'accord_cooperation'],
  [/\b(?:la |de la |a la |cette )presente convention de partenariat\b/g, 'convention_partenariat'],
  // Once is enough when the text points at itself: "cet accord de coopération", "this Memorandum of Understanding".
  [
    /\b(?:cet|ce) accord de cooperation\b|(?:^|[.;:] )l'accord de cooperation (?:est|entre|prend|peut|pourra|a pour)\b/g,
    'accord_cooperation',
  ],
  [/\bcette convention de partenariat\b|\bthis partnership agreement\b/g, 'convention_partenariat'],
  [/\bthis (?:memorandum of understanding|mou|memorandum)\b/g, 'protocole'],
  [/\bthis (?:twinning|sister[- ]city) (?:agreement|charter)\b|\bcette charte de jumelage\b/g, 'jumelage'],
  [/\bthis friendship (?:agreement|city agreement|pact)\b/g, 'pacte_amitie'],
];
const ONCE = new Set([5, 6, 7, 8, 9]);

/** No instrument in the heading: the one the text keeps calling itself ("le présent Protocole" twice, "cet accord de coopération" once). */
function readSelfReference(reading: Reading) {
  let best: { instrument: string; count: number; index: number; length: number } | null = null;
  for (const [index, [pattern, instrument]] of SELF_REFERENCES.entries()) {
    const matches = [...reading.view.norm.matchAll(pattern)];
    if (matches.length >= (ONCE.has(index) ? 1 : 2) && (!best || matches.length > best.count)) {
      best = { instrument, count: matches.length, index: matches[0].index, length: matches[0][0].length };
    }
  }
  if (!best) return;
  const start = reading.view.map[best.index];
  const sentence = reading.sentenceAtOffset(start);
  if (sentence) reading.addFromSentence('instrument', best.instrument, sentence, 0.7);
}
