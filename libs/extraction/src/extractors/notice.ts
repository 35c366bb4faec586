import { NUM, quantity, re } from '../patterns';
import { Reading } from '../reading';

const NOTICE = re(
  `\\b(?:preavis|delai de prevenance|notice|prior notice|written notice)\\s+(?:ecrit\\s+)?(?:minimum\\s+|minimal\\s+|d'au moins\\s+|of at least\\s+|of\\s+)?(?:de|d'|of)?\\s*${NUM}\\s*(mois|months?|jours?|days?)\\b` +
    `|${NUM}\\s*(mois|months?|jours?|days?)'?\\s*(?:au moins\\s+|at least\\s+)?(?:de\\s+)?(?:preavis|(?:prior\\s+|advance\\s+)?(?:written\\s+)?notice)` +
    `|\\b(?:au moins|au plus tard|at least|no later than|not less than)?\\s*${NUM}\\s*(mois|months?|jours?|days?)\\s+(?:au moins\\s+|at least\\s+)?(?:avant|before|prior to|preceding)\\s+(?:son|sa|la date d'|la date de|l'|le|the|its)?\\s*(?:echeance|terme|expiration|expiry|fin|end|date d'expiration|date anniversaire|anniversary|renouvellement|reconduction|expiry date)`,
);
const ANY_TIME = /\b(a tout moment|a tout instant|at any time|en tout temps)\b/;
const TERMINATION =
  /\b(resili\w*|denonc\w*|mettre fin|mis fin|un terme pourra etre mis|peut y etre mis fin|terminat\w*|withdraw\w*|retir\w*|cesser)\b/;
const BEFORE_EXPIRY =
  /\b(avant (?:son|sa|la date d'|la date de|l'|le)?\s*(?:echeance|terme|expiration|fin de|date anniversaire)|before (?:the |its )?(?:expiry|expiration|end|anniversary|renewal)|reconduction|renouvellement|renewal|non-renewal|ne pas (?:la )?reconduire|not to renew)/;

/**
 * Préavis: a notice given before the term's end is the renewal clause's (non-renewal notice); a
 * notice to end the convention at any time is the termination clause's.
 */
export function readNotices(reading: Reading) {
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    const anyTime = ANY_TIME.test(text) && TERMINATION.test(text);
    if (anyTime) reading.addFromSentence('clauses.termination.anyTime', true, sentence, 0.9);
    const match = NOTICE.exec(text);
    if (!match) continue;
    const numberText = match[1] ?? match[3] ?? match[5];
    const unitText = match[2] ?? match[4] ?? match[6];
    const amount = numberText && unitText ? quantity(numberText, unitText) : null;
    if (!amount) continue;
    const forRenewal = !anyTime && BEFORE_EXPIRY.test(text) && reading.hasRenewalTalk(sentence);
    const clause = forRenewal ? 'renewal' : TERMINATION.test(text) || anyTime ? 'termination' : null;
    if (!clause) continue;
    if (amount.months)
      reading.addFromSentence(`clauses.${clause}.noticeMonths`, amount.months, sentence, 0.9);
    else if (amount.days) reading.addFromSentence(`clauses.${clause}.noticeDays`, amount.days, sentence, 0.9);
  }
}
