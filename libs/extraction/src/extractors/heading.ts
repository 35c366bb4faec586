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
  let offset = 0;
  for (const line of lines.slice(0, 40)) {
    const folded = foldForCompare(line);
    if (folded.length >= 6 && folded.length <= 240) {
      for (const [pattern, instrument] of INSTRUMENTS) {
        if (pattern.test(folded) && !/\b(vu|considerant|whereas|en vertu|article)\b/.test(folded)) {
          const start = offset + (line.length - line.trimStart().length);
          const end = offset + line.trimEnd().length;
          reading.add('instrument', instrument, start, end, 0.85);
          reading.add('title', line.trim().replace(/\s+/g, ' '), start, end, 0.8);
          break;
        }
      }
      if (reading.has('instrument')) break;
    }
    offset += line.length + 1;
  }
  if (!reading.has('instrument')) readSelfReference(reading);
  if (!reading.has('instrument')) readBareConvention(reading, lines);
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
];

/** No instrument in the heading: the one the text keeps calling itself ("le présent Protocole"), twice at least. */
function readSelfReference(reading: Reading) {
  let best: { instrument: string; count: number; index: number; length: number } | null = null;
  for (const [pattern, instrument] of SELF_REFERENCES) {
    const matches = [...reading.view.norm.matchAll(pattern)];
    if (matches.length >= 2 && (!best || matches.length > best.count)) {
      best = { instrument, count: matches.length, index: matches[0].index, length: matches[0][0].length };
    }
  }
  if (!best) return;
  const start = reading.view.map[best.index];
  const sentence = reading.sentenceAtOffset(start);
  if (sentence) reading.addFromSentence('instrument', best.instrument, sentence, 0.7);
}
