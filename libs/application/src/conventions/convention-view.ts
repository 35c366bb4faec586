import {
  AmendmentInForce,
  amendedDocument,
  calendarDateIn,
  ConventionGovernance,
  ConventionStatus,
  deriveConventionStatus,
  KeyDates,
  keyDatesOf,
  StoredConvention,
  ExecutorySide,
  executorySides,
  mixesScriptsInOneWord,
  StatusNote,
  statusNotes,
  summarizeTerms,
} from '@passerelle/domain';
import { materialiseDeadlines } from '../deadlines/deadline-horizon';
import { ConventionDerivedColumns, ConventionToStore } from '../ports/convention.repository';

/**
 * The convention document as the API shows it: stored fields plus the derived status and key dates,
 * whether it is executory on each side, what the status line must add (missing signatures), warnings.
 */
export type ConventionView = StoredConvention & {
  status: ConventionStatus;
  keyDates: KeyDates;
  executory: ExecutorySide[];
  statusNotes: StatusNote[];
  warnings: Array<{ field: string; code: 'mixed_scripts' }>;
};

/** `amendments`: those in force, whose changes to the term decide when the convention ends. */
export function toConventionView(
  convention: StoredConvention,
  now: Date,
  amendments: readonly AmendmentInForce[] = [],
): ConventionView {
  const today = calendarDateIn(now, convention.timeZone);
  const amended = amendedDocument(convention, amendments);
  return {
    ...convention,
    status: deriveConventionStatus(amended, today),
    keyDates: keyDatesOf(amended, today),
    executory: executorySides(convention, today),
    statusNotes: statusNotes(convention, today),
    warnings: convention.parties.flatMap((party, index) =>
      mixesScriptsInOneWord(party.name)
        ? [{ field: `parties[${index}].name`, code: 'mixed_scripts' as const }]
        : [],
    ),
  };
}

/** What is stored beside the document: term summary, signature flags, materialised deadlines. */
export function deriveColumns(
  doc: ConventionToStore,
  now: Date,
  governance?: Pick<ConventionGovernance, 'amendments' | 'deadlines'>,
): ConventionDerivedColumns {
  // The amended term decides the stored start and end (the list's status filter reads them).
  const summary = summarizeTerms(governance ? amendedDocument(doc, governance.amendments) : doc);
  const today = calendarDateIn(now, doc.timeZone);
  return {
    startsOn: summary.startsOn,
    endsOn: summary.endsOn,
    anySigned: doc.parties.some((party) => Boolean(party.signedOn)),
    allSigned: doc.parties.every((party) => Boolean(party.signedOn)),
    ...materialiseDeadlines(doc, today, governance),
  };
}
