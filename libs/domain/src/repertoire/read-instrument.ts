import { Instrument } from '../conventions/convention';
import { foldAccents } from '../portfolio/imprecise-date';
import { PartnershipState } from '../portfolio/portfolio';

/**
 * The "Cadre juridique" words → the §3 instrument and how the source states the partnership.
 * The first instrument named decides ("Accord de coopération conforté par un Jumelage" is an accord).
 */
export function readInstrument(words: string): { instrument: Instrument; state: PartnershipState } {
  const folded = foldAccents(words);
  if (/aucun accord|projet d'accord|en cours d'elaboration/.test(folded))
    return { instrument: 'other', state: 'no_agreement' };
  if (/informel|relations d'amitie/.test(folded)) return { instrument: 'other', state: 'informal' };
  const first = folded.split(/\s*(?:\/|\(|,|&|\+|\bconforte\b)\s*/)[0];
  const instrument: Instrument = /jumelage/.test(first)
    ? 'jumelage'
    : /^convention cadre|^accord[- ]cadre/.test(first)
      ? 'convention_cadre'
      : /^convention/.test(first)
        ? 'convention_partenariat'
        : /^protocole/.test(first)
          ? 'protocole'
          : /^charte/.test(first)
            ? 'charte'
            : /^pacte d'amitie/.test(first)
              ? 'pacte_amitie'
              : /^accord/.test(first)
                ? 'accord_cooperation'
                : 'other';
  return { instrument, state: 'agreement' };
}
