import { DAY_MONTH, parseDayMonth } from '../dates';
import { re } from '../patterns';
import { Reading } from '../reading';

const PLAN =
  /\b(programme d'actions?|programmes? d'action|plan d'actions?|plans? d'action|programme de travail|programme annuel|plan annuel|action plan|work ?plan|programme of (?:work|activities|action)|annual programme|annual plan|plan of action)\b/;
const DEADLINE = re(
  `\\b(?:avant le|au plus tard le|d'ici le|jusqu'au|before|by|no later than|not later than|prior to)\\s+(?:the\\s+)?(${DAY_MONTH})(?:\\s+(?:de l'annee|de chaque annee|of (?:the|each)\\s+(?:year)?)\\s*(n\\s*-\\s*1|n|precedente|en cours|preceding year|previous year|current year|year)?|\\s+(?:of\\s+)?(?:each|every)\\s+year)?`,
  '',
);

/** Programme d'actions annuel: its yearly deadline and who approves it. */
export function readActionPlan(reading: Reading) {
  for (const sentence of reading.sentences) {
    const text = sentence.norm;
    if (!PLAN.test(text)) continue;
    const match = DEADLINE.exec(text);
    if (!match) continue;
    const dayMonth = parseDayMonth(match[1]);
    if (!dayMonth) continue;
    const [month, day] = dayMonth;
    reading.addFromSentence('clauses.actionPlan.deadlineMonth', month, sentence, 0.9);
    reading.addFromSentence('clauses.actionPlan.deadlineDay', day, sentence, 0.9);
    const year = (match[2] ?? '').replace(/\s+/g, '');
    const offset = /^(n-1|precedente|precedingyear|previousyear)$/.test(year)
      ? -1
      : /^(n|encours|currentyear)$/.test(year) || /(each|every|chaque)/.test(match[0])
        ? 0
        : null;
    if (offset !== null) reading.addFromSentence('clauses.actionPlan.yearOffset', offset, sentence, 0.88);
    if (
      /\b(comite|committee|commission)\b/.test(text) &&
      /\b(valide|approuve|adopte|arrete|approved|adopted|validated|endorsed)\b/.test(text)
    ) {
      reading.addFromSentence('clauses.actionPlan.approvedBy', 'committee', sentence, 0.85);
    }
    return;
  }
}
