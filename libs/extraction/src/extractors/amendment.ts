import { Reading } from '../reading';

const AMENDMENT = /\b(modifi\w*|amend\w*|avenant|adapt\w*|revis\w*|complet\w*|changes?)\b/;
const SIGNED_AVENANT = /\b(avenant|written amendment|amendment)\b[^.]{0,200}\b(signe\w*|signature|signed)\b/;
const COMMON =
  /\b(d'un commun accord|de commun accord|accord (?:commun|mutuel|des parties|entre les parties)|by mutual (?:written )?(?:agreement|consent)|by common (?:agreement|consent)|mutually agreed|(?:written )?agreement of (?:both|all) (?:the )?parties)\b/;
const UNANIMITY = /\b(a l'unanimite|unanimement|unanimously|unanimous|by unanimity)\b/;

/** Avenants: how the convention may be changed. */
export function readAmendment(reading: Reading) {
  reading.sentences.forEach((sentence, index) => {
    const text = sentence.norm;
    const previous = reading.sentences[index - 1];
    const aboutAmendments =
      AMENDMENT.test(text) ||
      (previous !== undefined &&
        previous.article === sentence.article &&
        /\b(amendements?|modifications?|avenants?)\b/.test(previous.norm) &&
        /\b(ces derniers|celles-ci|ceux-ci|they|such)\b/.test(text));
    if (!aboutAmendments) return;
    if (/\b(comite|committee)\b[^.]{0,40}\b(decisions?|decide)/.test(text)) return;
    if (UNANIMITY.test(text)) reading.addFromSentence('clauses.amendment.rule', 'unanimity', sentence, 0.88);
    else if (SIGNED_AVENANT.test(text) && !COMMON.test(text)) {
      reading.addFromSentence('clauses.amendment.rule', 'avenant_signed_by_all', sentence, 0.85);
    } else if (COMMON.test(text))
      reading.addFromSentence('clauses.amendment.rule', 'common_agreement', sentence, 0.88);
  });
}
