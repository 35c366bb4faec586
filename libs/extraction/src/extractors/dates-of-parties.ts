import { DATE } from '../dates';
import { Reading } from '../reading';
import { buildTextView, foldForCompare } from '../text-view';

interface PartyRef {
  name: string;
  country?: string;
}

const SIGNED = new RegExp(
  `\\b(?:fait|signe|etabli|done|signed|executed|made)\\s+(?:en \\w+ exemplaires\\s+)?(?:a|au|in|at)\\s+([^,\\n]{2,60}?),?\\s+(?:le|on|this|en date du)\\s+(${DATE})`,
  'g',
);
/** A date of signing with no place: "Signed this 28th day of October, …", "Dated this …", "on this 24th day of May in the year 1961", "Signature 20/11/1990". */
const SIGNED_ON = new RegExp(
  `\\b(?:(?:signed|dated|done|executed|made)\\s+(?:on\\s+)?(?:this\\s+|the\\s+)?|on\\s+this\\s+|this\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+day\\s+of)|(?:date de |date of )?signature\\s*:?\\s*(?:le\\s+)?|signee?s?\\s+le\\s+|fait\\s+le\\s+)(${DATE})`,
  'g',
);
const PREFECTURE = new RegExp(
  `\\b(?:date de reception (?:en )?prefecture|recu (?:a|en) (?:la )?prefecture le|accuse de reception (?:en )?prefecture (?:le|du)|transmise? (?:au|en) (?:controle de legalite|prefecture|representant de l'etat) le)\\s*:?\\s*(${DATE})`,
  'g',
);
const EFFECTIVE = new RegExp(
  `\\b(?:entre(?:ra)? en vigueur|prend(?:ra)? effet|took effect|takes effect|shall take effect|came into force|comes into force|shall come into force|enters into force|entered into force)\\s+(?:le|au|on|from|as of)\\s+(${DATE})`,
  '',
);

/** A date labelled as the entry into force: "Entrée en vigueur de la convention …: D", "Entry into force D". */
const EFFECTIVE_LABEL = new RegExp(
  `\\b(?:date d'entree en vigueur|entree en vigueur|date of entry into force|entry into force|effective date)(?:\\s+(?:de|du|of)\\s[^.:;]{0,140}?\\s*:|\\s*:?)\\s*(${DATE})`,
  '',
);

/** Signature dates ("Fait à Tiznit, le …"), prefecture receipt, effective date. */
export function readPartyDates(reading: Reading, parties: readonly PartyRef[]) {
  // Signatures: on the whole text, stamps included.
  const full = buildTextView(reading.text, { dropFurniture: false });
  const signatures: Array<{ place: string; date: string; start: number; end: number }> = [];
  for (const match of full.norm.matchAll(SIGNED)) {
    const date = reading.parseDateText(match[2]);
    if (!date) continue;
    const start = full.map[match.index];
    const end = full.map[match.index + match[0].length - 1] + 1;
    signatures.push({ place: match[1].trim(), date, start, end });
  }
  if (signatures.length === 0) {
    for (const match of full.norm.matchAll(SIGNED_ON)) {
      const date = reading.parseDateText(match[1]);
      if (!date) continue;
      const start = full.map[match.index];
      const end = full.map[match.index + match[0].length - 1] + 1;
      signatures.push({ place: '', date, start, end });
    }
  }
  if (signatures.length > 0 && parties.length > 0) {
    const distinct = new Set(signatures.map((signature) => signature.date));
    parties.forEach((party, index) => {
      const own = signatures.find(
        (signature) =>
          signature.place && foldForCompare(signature.place).includes(foldForCompare(party.name)),
      );
      const chosen = own ?? (distinct.size === 1 ? signatures[0] : undefined);
      if (chosen)
        reading.add(`parties[${index}].signedOn`, chosen.date, chosen.start, chosen.end, own ? 0.86 : 0.78);
    });
  }

  const receipts = [...full.norm.matchAll(PREFECTURE)];
  if (receipts.length > 0) {
    const date = reading.parseDateText(receipts[0][1]);
    const french = parties
      .map((party, index) => ({ party, index }))
      .filter(({ party }) => party.country === 'FR');
    const match = receipts[0];
    const start = full.map[match.index];
    const end = full.map[match.index + match[0].length - 1] + 1;
    if (date && french.length === 1)
      reading.add(`parties[${french[0].index}].prefectureTransmissionOn`, date, start, end, 0.88);
    else if (date) reading.warn('prefecture_party_unknown', 'parties', { date });
  }

  for (const sentence of reading.sentences) {
    const match = EFFECTIVE.exec(sentence.norm) ?? EFFECTIVE_LABEL.exec(sentence.norm);
    const date = match ? reading.parseDateText(match[1]) : null;
    if (date && !/\b(a compter|duree|period|for a)\b/.test(sentence.norm)) {
      reading.addFromSentence('effectiveOn', date, sentence, 0.85);
      break;
    }
  }
}
