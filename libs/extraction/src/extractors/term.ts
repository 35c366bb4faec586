import { Reading } from '../reading';
import { DATE_CAPTURE, NUM, quantity, re, RENEWAL_WORDS, UNIT } from '../patterns';

const TERM_CONTEXT =
  /\b(duree|periode|conclu|consenti|signe|valable|valid|vigueur|force|term|period|effet|effect|engage)/;
const DURATION = re(
  `\\b(?:duree|periode|term|period|for)\\s*:?\\s+(?:initiale\\s+|ferme\\s+|probatoire\\s+|initial\\s+|renouvelable\\s+)?(?:de|d'|of)?\\s*${NUM}\\s*\\(?\\s*${UNIT}` +
    `|\\bpour\\s+(?:une\\s+duree\\s+de\\s+|une\\s+periode\\s+de\\s+)?${NUM}\\s*${UNIT}` +
    `|${NUM}[\\s-]*(?:year|month)s?[\\s-]+(?:period|term)\\b`,
);
const INDEFINITE =
  /\b(duree indeterminee|duree illimitee|sans limitation de duree|periode indeterminee|indefinite (?:period|duration|term)|indefinitely|unlimited (?:period|duration)|no (?:fixed )?(?:term|expiry date)|sans date d'expiration|remain in (?:force|effect) until terminated|restera en vigueur jusqu'a (?:sa )?denonciation)/;

const START_SIGNATURE = re(
  `\\b(?:a compter (?:de|du jour de|du)|des|apres|a partir de|prend(?:ra)? effet (?:a|des|le jour de|a compter de)|entre(?:ra)? en vigueur (?:a|des|le jour de|a la date de|a compter de)|upon|on|from|as of|with effect from|after|at the time of|come into (?:force|effect) (?:on|upon|from))\\s+(?:la date de |the date of |the day of |the |its |la |sa |leur |their )*(?:derniere |last )?(?:sa |la |its |their |final )?(?:signature|signing|signed|being signed)`,
  '',
);
const START_FIXED = re(
  `\\b(?:a compter du|a partir du|a compter de la date du|prend(?:ra)? effet (?:le|au|a compter du)|entre(?:ra)? en vigueur (?:le|au|a compter du)|effective (?:as of|from|on)|with effect from|commencing (?:on )?|starting (?:on )?|from|as of|beginning (?:on )?)\\s+(?:the\\s+)?${DATE_CAPTURE}`,
  '',
);
const APPROVALS =
  /\b(apres (?:le |leur )?(?:visa|approbation|transmission|accomplissement)|visa du gouverneur|approbation (?:de|par) (?:l'autorite|le ministre|le gouverneur)|after (?:the )?(?:approval|endorsement|ratification))/;

/** Durée et prise d'effet: duration, indefinite term, start rule. */
export function readTerm(reading: Reading) {
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    if (
      !reading.has('clauses.term.indefinite') &&
      INDEFINITE.test(text) &&
      !/\b(mandat|membres?|members?)\b/.test(text)
    ) {
      reading.addFromSentence('clauses.term.indefinite', true, sentence, 0.93);
    }
    if (TERM_CONTEXT.test(text)) {
      for (const match of text.matchAll(DURATION)) {
        const numberText = match[1] ?? match[3] ?? match[5];
        const unitText = match[2] ?? match[4] ?? (/month/.test(match[0]) ? 'months' : 'years');
        if (!numberText) continue;
        const amount = quantity(numberText, unitText);
        if (!amount?.months) continue;
        // "renouvelable pour une durée de 3 ans", "préavis de trois mois": not the term.
        const before = text.slice(Math.max(0, match.index - 70), match.index);
        if (
          RENEWAL_WORDS.test(before) ||
          /\b(preavis|notice|delai|avant|before|prior)\b/.test(before.slice(-30))
        )
          continue;
        if (/\b(preavis|notice|delai)\b/.test(match[0])) continue;
        if (
          /\b(mandat|membres?|members?|subvention|credits?|budget|axes?|programme|plan)\b/.test(
            before.slice(-40),
          )
        )
          continue;
        if (amount.months > 12 * 99) continue;
        reading.addFromSentence('clauses.term.durationMonths', amount.months, sentence, 0.92);
        break;
      }
    }
    if (!/\b(communication|supports|logo)\b/.test(text)) {
      const fixed = START_FIXED.exec(text);
      const fixedDate = fixed ? reading.parseDateText(fixed[1]) : null;
      if (fixed && fixedDate && TERM_CONTEXT.test(text)) {
        reading.addFromSentence('clauses.term.start', 'fixed_date', sentence, 0.9);
        reading.addFromSentence('clauses.term.startDate', fixedDate, sentence, 0.9);
      } else if (
        START_SIGNATURE.test(text) &&
        TERM_CONTEXT.test(text) &&
        !reading.has('clauses.term.start')
      ) {
        const approvals = APPROVALS.test(text);
        reading.addFromSentence(
          'clauses.term.start',
          reading.afterApprovals && approvals ? 'after_approvals' : 'last_signature',
          sentence,
          approvals ? 0.75 : 0.9,
        );
        if (approvals && !reading.afterApprovals) reading.warn('start_after_approvals', 'clauses.term.start');
      }
    }
  }
}
