import { Reading, Sentence } from '../reading';
import { foldForCompare } from '../text-view';

const NAME =
  /\b(comite (?:de pilotage|de suivi|mixte(?: de (?:suivi|pilotage|cooperation))?|de jumelage|technique(?: de suivi)?|de coordination|de cooperation|paritaire|conjoint|directeur|d'orientation|bilateral)|commission mixte(?: de (?:suivi|cooperation))?|commission (?:de suivi|paritaire)|(?:joint |steering |coordination |coordinating |monitoring |twinning |management |liaison |follow-up )?(?:working group)|(?:joint|steering|coordination|coordinating|monitoring|twinning|management|liaison|follow-up) (?:committee|commission|board|group))\b/;
const FREQUENCIES: Array<[RegExp, number]> = [
  [/\b(une fois par mois|chaque mois|mensuellement|tous les mois|monthly|once a month|every month)\b/, 12],
  [/\b(tous les deux mois|bimestriel\w*|every two months|every other month)\b/, 6],
  [
    /\b(tous les trois mois|trimestriel\w*|chaque trimestre|quatre fois par an|quarterly|every three months|four times a year)\b/,
    4,
  ],
  [/\b(trois fois par an|tous les quatre mois|three times a year|every four months)\b/, 3],
  [
    /\b(deux fois par an|semestriel\w*|chaque semestre|tous les six mois|twice a year|every six months|biannually|semi-annually|two times a year)\b/,
    2,
  ],
  [
    /\b(une fois par an|une fois l'an|annuellement|chaque annee|tous les ans|une reunion annuelle|once a year|annually|every year|each year|at least once per year|once per year|yearly)\b/,
    1,
  ],
];
const MEETS = /\b(se reuni\w*|reunion\w*|se tien\w*|siege\w*|meet\w*|convene\w*|session\w*)\b/;
const ALTERNATING =
  /\b(a tour de role|alternativement|en alternance|alternance|alternately|alternating|in turn|rotat\w*)\b/;
const RULES: Array<[RegExp, string]> = [
  [/\b(a l'unanimite|unanimement|unanimously|by unanimity|unanimous)\b/, 'unanimity'],
  [/\b(par consensus|au consensus|by consensus|consensus)\b/, 'consensus'],
  [/\b(a la majorite|by (?:a )?(?:simple )?majority|majority vote)\b/, 'majority'],
];
const AMENDMENT_TALK = /\b(modifi\w*|amend\w*|avenant|revis\w*|complete\w*)\b/;

/** Comité: name, meetings a year, alternating host, decision rule, who signs the minutes. */
const ABOUT_A_COMMITTEE =
  /\b(se reuni\w*|compose\w*|membres?|preside\w*|copreside\w*|charge de|meet\w*|members?|chaired|convene\w*|establish\w*|institue\w*|cree\w*|mis en place)\b/;

/** The committee a sentence names as its own: not one it is "dans le cadre de" (a body that exists already). */
function committeeIn(norm: string): RegExpExecArray | null {
  for (const match of norm.matchAll(new RegExp(NAME.source, 'g'))) {
    const before = norm.slice(Math.max(0, match.index - 40), match.index);
    if (
      /(?:dans le cadre d[eu]s?|au sein d[eu]s?|within the (?:framework|scope) of|under the)\s+(?:la |le |l'|the )?(?:grande |grand )?$/.test(
        before,
      )
    )
      continue;
    return match;
  }
  return null;
}

export function readCommittee(reading: Reading, partySpans: ReadonlyArray<[number, number]> = []) {
  const ownArticle = (sentence: Sentence) =>
    sentence.article !== undefined && NAME.test(foldForCompare(sentence.article.heading));
  // A twinning committee that is a party (an association) is not the convention's committee.
  const inParty = (sentence: Sentence) =>
    partySpans.some(([start, end]) => sentence.start < end && sentence.end > start);
  const first =
    reading.sentences.find((sentence) => ownArticle(sentence) && committeeIn(sentence.norm)) ??
    reading.sentences.find(
      (sentence) =>
        committeeIn(sentence.norm) !== null &&
        ABOUT_A_COMMITTEE.test(sentence.norm) &&
        !inParty(sentence) &&
        !/\bassociation\b/.test(sentence.norm),
    );
  if (!first) return;
  const nameMatch = committeeIn(first.norm) ?? NAME.exec(first.norm)!;
  const [start, end] = reading.spanOf(first, nameMatch.index, nameMatch[0].length);
  const raw = reading.text.slice(start, end).replace(/\s+/g, ' ');
  const name = raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
  reading.addFromSentence('clauses.committee.name', name, first, 0.85);

  // The committee's own article, or the sentences that name it.
  const inCommittee = (sentence: Sentence) =>
    NAME.test(sentence.norm) ||
    (first.article !== undefined && sentence.article === first.article) ||
    ownArticle(sentence);
  for (const sentence of reading.sentences.filter(inCommittee)) {
    const text = sentence.norm;
    if (MEETS.test(text)) {
      for (const [pattern, perYear] of FREQUENCIES) {
        if (pattern.test(text)) {
          reading.addFromSentence('clauses.committee.minMeetingsPerYear', perYear, sentence, 0.88);
          break;
        }
      }
      if (ALTERNATING.test(text))
        reading.addFromSentence('clauses.committee.alternatingHost', true, sentence, 0.86);
    }
    if (
      /\b(decisions?|decide\w*|statue\w*|adopt\w*|resolutions?|vote\w*)\b/.test(text) &&
      !AMENDMENT_TALK.test(text)
    ) {
      for (const [pattern, rule] of RULES) {
        if (pattern.test(text)) {
          reading.addFromSentence('clauses.committee.decisionRule', rule, sentence, 0.88);
          break;
        }
      }
    }
    readSignatories(reading, sentence);
  }
}

const SIGNATORIES =
  /\b(?:proces-verbaux|proces-verbal|pv|comptes?-rendus?|minutes)\b[^.]{0,160}?\b(?:signature|signes?|signed|countersigned|cosignes?)\s+(?:respective\s+|conjointe\s+)?(?:par|du|de la|de|des|by)\s+(?:the\s+)?/;

function readSignatories(reading: Reading, sentence: Sentence) {
  const match = SIGNATORIES.exec(sentence.norm);
  if (!match) return;
  const [from] = reading.spanOf(sentence, match.index + match[0].length, 1);
  const rest = reading.text.slice(from, sentence.end).replace(/[.;]\s*$/, '');
  const parts = rest
    .split(/\s+(?:et|and)\s+(?:du|de la|de l'|des|de|the)?\s*|,\s*(?:du|de la|the)?\s*/i)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return;
  if (!parts.every((part) => /^\p{Lu}/u.test(part) && part.split(' ').length <= 8)) return;
  reading.addFromSentence('clauses.committee.minutesSignatories', parts, sentence, 0.78);
}
