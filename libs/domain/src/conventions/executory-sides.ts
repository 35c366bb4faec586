import { IsoDate, maxIsoDate } from '../shared/calendar-date';
import { ConventionDocument } from './convention';
import { isFrench, isMoroccan } from './party-country';

export type MissingStep = 'signature' | 'prefecture_transmission' | 'visa';

/**
 * Whether the convention has effect on one side: on the French side once every party has signed
 * and each French party has transmitted it to the prefecture (CGCT L2131-1); on the Moroccan side
 * once every party has signed and each Moroccan party has its supervisory visa (loi organique
 * 113-14 art. 118). One side may be executory and the other not yet.
 */
export interface ExecutorySide {
  country: 'FR' | 'MA';
  executory: boolean;
  /** The latest of the steps, once all are recorded. */
  executoryOn: IsoDate | null;
  missing: Array<{ party: string; step: MissingStep }>;
}

export function executorySides(doc: Pick<ConventionDocument, 'parties'>, today: IsoDate): ExecutorySide[] {
  const sides: ExecutorySide[] = [];
  const unsigned = doc.parties
    .filter((party) => !party.signedOn)
    .map((party) => ({ party: party.name, step: 'signature' as const }));
  const signatures = doc.parties.map((party) => party.signedOn).filter((day): day is string => Boolean(day));
  const side = (
    country: 'FR' | 'MA',
    own: ConventionDocument['parties'],
    step: MissingStep,
    dayOf: (party: ConventionDocument['parties'][number]) => string | null | undefined,
  ) => {
    if (own.length === 0) return;
    const missing = [
      ...unsigned,
      ...own.filter((party) => !dayOf(party)).map((party) => ({ party: party.name, step })),
    ];
    const days = [...signatures, ...own.map(dayOf).filter((day): day is string => Boolean(day))];
    const executoryOn = missing.length === 0 && days.length > 0 ? days.reduce(maxIsoDate) : null;
    sides.push({ country, executory: executoryOn !== null && executoryOn <= today, executoryOn, missing });
  };
  side(
    'FR',
    doc.parties.filter((party) => isFrench(party.country)),
    'prefecture_transmission',
    (party) => party.prefectureTransmissionOn,
  );
  side(
    'MA',
    doc.parties.filter((party) => isMoroccan(party.country)),
    'visa',
    (party) => party.visaOn,
  );
  return sides;
}

/** What the status line adds to the status: what its dates alone do not say. */
export type StatusNote =
  { code: 'signatures_missing'; parties: string[] } | { code: 'not_executory'; country: 'FR' | 'MA' };

export function statusNotes(doc: Pick<ConventionDocument, 'parties'>, today: IsoDate): StatusNote[] {
  const notes: StatusNote[] = [];
  const unsigned = doc.parties.filter((party) => !party.signedOn).map((party) => party.name);
  if (unsigned.length > 0) notes.push({ code: 'signatures_missing', parties: unsigned });
  for (const side of executorySides(doc, today)) {
    if (!side.executory) notes.push({ code: 'not_executory', country: side.country });
  }
  return notes;
}
