import { numberValue } from '../numbers';
import { NUM, quantity, re, UNIT } from '../patterns';
import { Reading, Sentence } from '../reading';

const TACIT =
  /\b(tacite(?:ment)? (?:reconduction|reconduite?|renouvel\w*)|reconduite? (?:tacitement|de maniere tacite|automatiquement|de plein droit)|renouvel\w* (?:tacitement|automatiquement|de plein droit|par tacite reconduction)|tacit(?:ly)? renew\w*|renew\w* (?:automatically|tacitly)|automatic(?:ally)? (?:renew\w*|extended)|extended automatically|shall be (?:deemed )?renewed (?:for|unless))/;
const EXPRESS =
  /\b(renouvel\w*|reconduite?|reconduction|prorog\w*|renew\w*|extended)\b[^.]{0,40}\b(par (?:deliberation|avenant|decision expresse|accord expres|decision conjointe|un nouvel accord|voie d'avenant|accord ecrit)|d'un commun accord|apres accord expres|sur decision|by (?:mutual |written |express )*(?:agreement|consent|decision|resolution)|upon (?:mutual |written )*agreement)/;
const NO_RENEWAL =
  /\b(n'est pas renouvelable|non renouvelable|ne sera pas (?:renouvelee?|reconduite?)|ne peut (?:etre|pas etre) (?:renouvelee?|reconduite?)|shall not be renewed|not renewable|non-renewable)\b/;
const AFTER_EVALUATION =
  /\bevaluation\b[^.]{0,200}\b(decid\w*|statu\w*|se prononc\w*|determin\w*)\b[^.]{0,60}\b(reconduction|renouvellement|renouveler|reconduire|renewal|renew)\b|\b(reconduction|renouvellement|renewal)\b[^.]{0,120}\b(au vu|sur la base|a la lumiere|apres|after|based on|in the light of) (?:de |d'|du |l'|the |an |a )*(?:resultats? de (?:l')?)?evaluation/;
const PERIOD = re(
  `\\b(?:renouvel\\w*|reconduite?|reconduction|renew\\w*|extended|prorog\\w*)\\b[^.]{0,60}?\\b(?:pour|for|par)\\s+(?:une|des|de|a|the|successive|further|additional|periodes?|periods?|durees?|successives|nouvelles?|meme|egale|identiques?|\\s)*(?:de|d'|of)?\\s*${NUM}\\s*${UNIT}`,
);
const MAX = re(
  `\\b(?:renouvelable|reconductible|renouvelee?|reconduite?|renewable|renewed|extended)\\b[^.]{0,40}?\\b(une (?:seule )?fois|une fois|deux fois|trois fois|once|twice|${NUM}\\s*(?:fois|times))\\b`,
  '',
);

/** Reconduction: tacit, express, after evaluation, none; period and cap. */
export function readRenewal(reading: Reading) {
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    let mode: string | null = null;
    let confidence = 0.92;
    if (NO_RENEWAL.test(text)) mode = 'none';
    else if (TACIT.test(text) && !/\b(pas|ne|not|no)\s+(?:par\s+)?(?:de\s+)?tacit/.test(text)) mode = 'tacit';
    else if (AFTER_EVALUATION.test(text)) mode = 'after_evaluation';
    else if (EXPRESS.test(text)) mode = 'express';
    else if (
      /\b(renouvelables?|reconductibles?|pourra etre (?:renouvelee?|reconduite?|prorogee?)|may be (?:renewed|extended)|renewable)\b/.test(
        text,
      )
    ) {
      mode = 'express';
      confidence = 0.72;
    }
    if (mode) {
      reading.addFromSentence('clauses.renewal.mode', mode, sentence, confidence);
      readPeriod(reading, sentence);
    }
  }
}

function readPeriod(reading: Reading, sentence: Sentence) {
  const text = sentence.norm;
  for (const match of text.matchAll(PERIOD)) {
    const amount = quantity(match[1], match[2]);
    if (amount?.months) {
      reading.addFromSentence('clauses.renewal.periodMonths', amount.months, sentence, 0.88);
      break;
    }
  }
  const max = MAX.exec(text);
  if (max) {
    const words = max[1];
    const value = /^(une|une seule|once)/.test(words)
      ? 1
      : /^(deux|twice)/.test(words)
        ? 2
        : /^trois/.test(words)
          ? 3
          : numberValue(words.replace(/\s*(fois|times)$/, ''));
    if (value) reading.addFromSentence('clauses.renewal.maxRenewals', value, sentence, 0.88);
  }
}
