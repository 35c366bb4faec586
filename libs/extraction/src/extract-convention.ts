import { readActionPlan } from './extractors/action-plan';
import { readAmendment } from './extractors/amendment';
import { readCommittee } from './extractors/committee';
import { readPartyDates } from './extractors/dates-of-parties';
import { readEvaluation } from './extractors/evaluation';
import { readFinancialCommitments } from './extractors/financial';
import { readHeading } from './extractors/heading';
import { readNotices } from './extractors/notice';
import { readParties } from './extractors/parties';
import { readRenewal } from './extractors/renewal';
import { readTerm } from './extractors/term';
import { detectLanguage } from './language';
import { ExtractionWarning, Finding, Reading } from './reading';
import { foldForCompare } from './text-view';

export interface ExtractionOptions {
  /** The language the caller says the text is in; a different one detected is a warning. */
  language?: 'fr' | 'en';
  /** The term starts the domain accepts (CONTRACT §3, §7): `after_approvals` only when listed. */
  termStarts?: readonly string[];
}

/** A CONTRACT §3 document holding only what the text states: every part optional. */
export type ProposedDocument = Record<string, unknown>;

export interface ExtractionResult {
  document: ProposedDocument;
  findings: Finding[];
  warnings: ExtractionWarning[];
  language: 'fr' | 'en' | null;
}

const CLAUSES = [
  'term',
  'renewal',
  'termination',
  'actionPlan',
  'evaluation',
  'committee',
  'amendment',
] as const;

/** Reads a convention's text into a proposed document and a finding (with its quote) per field. */
export function extractConvention(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const reading = new Reading(text, (options.termStarts ?? []).includes('after_approvals'));
  if (text.trim().length === 0) {
    reading.warn('empty_text', 'text');
    return { document: {}, findings: [], warnings: reading.warnings, language: null };
  }
  const { language } = detectLanguage(text);
  if (language === null) {
    reading.warn('language_unsupported', 'text');
    return { document: {}, findings: [], warnings: reading.warnings, language: null };
  }
  if (options.language && options.language !== language) {
    reading.warn('language_mismatch', 'language', { expected: options.language, detected: language });
  }

  readHeading(reading);
  const parties = readParties(reading);
  readPartyDates(reading, parties);
  readTerm(reading);
  readRenewal(reading);
  readNotices(reading);
  readActionPlan(reading);
  readEvaluation(reading);
  readCommittee(
    reading,
    parties.map((party) => [party.start, party.end] as [number, number]),
  );
  readAmendment(reading);
  readFinancialCommitments(reading, parties);

  const findings = reading.findings.sort((a, b) => a.start - b.start || a.field.localeCompare(b.field));
  const document = assemble(findings, reading);
  document.language = language;
  const reference = proposeReference(document);
  if (reference) document.reference = reference;
  checkProposal(document, reading, parties.length);
  return { document, findings, warnings: reading.warnings, language };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: Record<string, unknown> = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(keys[i + 1]);
    if (node[key] === undefined) node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

function assemble(findings: readonly Finding[], reading: Reading): ProposedDocument {
  const document: ProposedDocument = {};
  for (const finding of findings) setPath(document, finding.field, finding.value);
  const clauses = (document.clauses ?? {}) as Record<string, Record<string, unknown>>;
  for (const kind of CLAUSES) {
    const clause = clauses[kind];
    if (!clause) continue;
    const own = findings.filter((finding) => finding.field.startsWith(`clauses.${kind}.`));
    const first = own[0];
    const sameArticle = own.filter((finding) => finding.article === first.article);
    const start = Math.min(...sameArticle.map((f) => f.start));
    const end = Math.max(...sameArticle.map((f) => f.end));
    const quote = end - start <= 1500 ? reading.text.slice(start, end) : first.quote;
    clause.source = { article: first.article ?? '', quote };
  }
  return document;
}

function proposeReference(document: ProposedDocument): string | null {
  const parties = (document.parties as Array<{ name: string; signedOn?: string }> | undefined) ?? [];
  if (parties.length < 2) return null;
  const slug = (name: string) =>
    foldForCompare(name)
      .replace(/^(la |le |l')?(ville|commune|city|town) (de |d'|of )/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toUpperCase();
  const term = (document.clauses as { term?: { startDate?: string } } | undefined)?.term;
  const dated = [
    term?.startDate,
    document.effectiveOn as string | undefined,
    ...parties.map((p) => p.signedOn),
  ].filter(Boolean) as string[];
  const year = dated.sort()[0]?.slice(0, 4);
  return [...parties.slice(0, 3).map((p) => slug(p.name)), ...(year ? [year] : [])].join('-');
}

/** What the officer must still supply, or look at twice. */
function checkProposal(document: ProposedDocument, reading: Reading, partyCount: number) {
  const clauses = (document.clauses ?? {}) as Record<string, Record<string, unknown>>;
  if (partyCount < 2) reading.warn('parties_not_found', 'parties', { found: partyCount });
  if (!document.instrument) reading.warn('instrument_not_stated', 'instrument');
  if (clauses.term && !clauses.term.start && !clauses.term.indefinite)
    reading.warn('term_start_not_stated', 'clauses.term.start');
  if (clauses.term && !clauses.term.durationMonths && !clauses.term.indefinite) {
    reading.warn('term_duration_not_stated', 'clauses.term.durationMonths');
  }
  if (!clauses.term) reading.warn('term_not_found', 'clauses.term');
  if (clauses.renewal && !clauses.renewal.mode)
    reading.warn('renewal_mode_not_stated', 'clauses.renewal.mode');
  if (clauses.term?.indefinite && clauses.term.durationMonths)
    reading.warn('conflicting_values', 'clauses.term.indefinite');
}
