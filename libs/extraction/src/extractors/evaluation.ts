import { NUM, quantity, re } from '../patterns';
import { Reading } from '../reading';

const EVALUATION = /\b(evaluation|evalue\w*|bilan|evaluat\w*|assessment|assess\w*|review(?:ed)?)\b/;
const ANNUAL =
  /\b(evaluations? annuelles?|bilans? annuels?|evaluee?s? (?:chaque annee|annuellement|tous les ans)|(?:chaque annee|annuellement|tous les ans),? (?:une |un |d'une |fera l'objet d'une |fait l'objet d'une )?(?:evaluation|bilan)|annual (?:evaluation|assessment|review)|evaluated (?:annually|each year|every year)|(?:assessed|reviewed) (?:annually|each year|every year)|(?:each|every) year,? (?:an |the )?(?:evaluation|assessment|review))/;
const BEFORE_RENEWAL =
  /\b(evaluation|bilan|evaluat\w*|assessment|review)\b[^.]{0,160}\b(avant (?:le |son |sa |la )?(?:renouvellement|reconduction|echeance|terme|expiration)|before (?:the |its |any )?(?:renewal|expiry|expiration|end of the (?:term|agreement)))/;
const AT_TERM =
  /\b(a son terme|au terme de (?:la|cette|la presente) (?:convention|accord|periode)|a l'issue de (?:la|cette|la presente) (?:convention|accord|periode)|a la fin de (?:la|cette) (?:convention|periode)|evaluation finale|bilan final|at the end of (?:the|this) (?:agreement|term|period)|upon (?:its )?expiry|final (?:evaluation|assessment|review))\b/;
const LEAD = re(`${NUM}\\s*(mois|months?)\\s+avant|${NUM}\\s*(mois|months?)\\s+before`, '');

/** Évaluation: annual, before renewal, at term, and how long before. */
export function readEvaluation(reading: Reading) {
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    if (!EVALUATION.test(text)) continue;
    if (ANNUAL.test(text)) reading.addFromSentence('clauses.evaluation.annual', true, sentence, 0.9);
    const beforeRenewal = BEFORE_RENEWAL.test(text);
    if (beforeRenewal) {
      reading.addFromSentence('clauses.evaluation.beforeRenewal', true, sentence, 0.88);
      const lead = LEAD.exec(text);
      const amount = lead ? quantity(lead[1] ?? lead[3], lead[2] ?? lead[4]) : null;
      if (amount?.months)
        reading.addFromSentence('clauses.evaluation.leadMonths', amount.months, sentence, 0.85);
    }
    if (
      !beforeRenewal &&
      AT_TERM.test(text) &&
      /\b(evaluation|bilan|evaluat\w*|assessment|review)\b/.test(text)
    ) {
      reading.addFromSentence('clauses.evaluation.atTerm', true, sentence, 0.86);
    }
  }
}
