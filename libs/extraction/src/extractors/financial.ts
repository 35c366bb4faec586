import { Reading } from '../reading';
import { foldForCompare } from '../text-view';

const AMOUNT =
  /\b(\d{1,3}(?:[ .\u202f]\d{3})+|\d+)(?:,(\d{2}))?\s*(euros?|eur|€|dirhams?|mad|dh|dhs|dollars?|usd|\$|livres sterling|gbp|£)/g;
const CURRENCY: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  '€': 'EUR',
  dirham: 'MAD',
  dirhams: 'MAD',
  mad: 'MAD',
  dh: 'MAD',
  dhs: 'MAD',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  $: 'USD',
  'livres sterling': 'GBP',
  gbp: 'GBP',
  '£': 'GBP',
};
const COMMITS =
  /\b(s'engage\w* a (?:verser|apporter|allouer|contribuer|financer|participer)|verse\w*|apporte\w*|alloue\w*|contribue\w*|participe\w* (?:a hauteur|pour)|subvention|will (?:contribute|provide|allocate|pay)|shall (?:contribute|provide|allocate|pay)|commits? to (?:contribute|provide|allocate|pay))\b/;

/** Engagements financiers: "La commune de X versera 15 000 euros en 2024". */
export function readFinancialCommitments(reading: Reading, parties: ReadonlyArray<{ name: string }>) {
  let index = 0;
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    if (!COMMITS.test(text)) continue;
    const party = parties.find((p) => text.includes(foldForCompare(p.name)));
    if (!party) continue;
    const amounts = [...text.matchAll(AMOUNT)];
    if (amounts.length !== 1) continue;
    const match = amounts[0];
    const amount = Number(match[1].replace(/[ .\u202f]/g, '')) + (match[2] ? Number(match[2]) / 100 : 0);
    const currency = CURRENCY[match[3]];
    if (!currency || !(amount > 0)) continue;
    const year = /\b(?:en|pour|au titre de|in|for)\s+(?:l'annee\s+|the year\s+)?((?:19|20)\d{2})\b/.exec(
      text,
    );
    const prefix = `financialCommitments[${index}]`;
    reading.addFromSentence(`${prefix}.party`, party.name, sentence, 0.8);
    reading.addFromSentence(`${prefix}.amount`, amount, sentence, 0.85);
    reading.addFromSentence(`${prefix}.currency`, currency, sentence, 0.9);
    if (year) reading.addFromSentence(`${prefix}.year`, Number(year[1]), sentence, 0.8);
    index++;
  }
}
