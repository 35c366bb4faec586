import { findDateMentions, foldAccents } from '../portfolio/imprecise-date';
import { HistoryEvent, HistoryEventKind } from '../portfolio/portfolio';
import { EntryParty, RepertoireProblem, SourceLine } from './repertoire-entry';

const KINDS: Array<[RegExp, HistoryEventKind]> = [
  [/renouvel|reconduit|re conduite|reconduction/, 'renewed'],
  [/avenant/, 'amended'],
  [/vote|delibera|adopte/, 'deliberated'],
  [/suspendu/, 'suspended'],
  [/signe|signature|protocole|jumelage|convention|accord/, 'signed'],
];

function kindIn(words: string): HistoryEventKind | null {
  const folded = foldAccents(words);
  for (const [pattern, kind] of KINDS) if (pattern.test(folded)) return kind;
  return null;
}

export interface ReadHistory {
  events: HistoryEvent[];
  /** Signature days by party name: only where a day-precise date is stated for it (or for all). */
  signedOn: Map<string, string>;
  problems: RepertoireProblem[];
}

/**
 * The "Date :" line → dated events, each as precise as its words and with those words.
 * A mention takes the kind its words before it name ("renouvelé en 1998, 2001 et 2006": three
 * renewals), else the words after it up to the next mention, else a signature for the first.
 */
export function readHistory(source: SourceLine, parties: EntryParty[]): ReadHistory {
  const text = source.text.replace(/^Dates?\s*:\s*/, '');
  const mentions = findDateMentions(text);
  const events: HistoryEvent[] = [];
  const problems: RepertoireProblem[] = [];
  let previousKind: HistoryEventKind | null = null;
  mentions.forEach((mention, index) => {
    const before = text.slice(index === 0 ? 0 : mentions[index - 1].end, mention.start);
    const after = text.slice(mention.end, mentions[index + 1]?.start ?? text.length);
    let kind = kindIn(before);
    if (!kind && previousKind && /^[\s,;.]*(et)?[\s,]*$/.test(before)) kind = previousKind;
    // "24 mai 2005 à Meknès ; 28 juin 2005 à Nîmes": a mention naming nothing repeats the one before.
    if (!kind) kind = kindIn(after.split(/[,;.]/)[0]) ?? previousKind ?? 'signed';
    previousKind = kind;
    if (!mention.date) {
      problems.push({ line: source.line, field: 'history', message: `« ${mention.words} » is not a date` });
      return;
    }
    // "26/11/1999 (Champagne-Ardenne)": the parenthesis names whose signature it is.
    const named = /^\s*\(([^)]+)\)/.exec(after)?.[1];
    const party = named
      ? parties.find((candidate) => foldAccents(candidate.name).includes(foldAccents(named.trim())))
      : undefined;
    // The words of this event: its own keyword phrase before it (from the last separator), the
    // date, and what follows it up to the next separator ("à La Rochelle").
    const prefix = kindIn(before) ? (before.split(/[,;.]\s/).pop() ?? '') : '';
    const trailing = named ? ` (${named})` : (after.split(/[,;.()]|\bet\b/)[0] ?? '');
    const words = `${prefix}${mention.words}${trailing}`.replace(/\s+/g, ' ').trim();
    events.push({ kind, date: mention.date, party: party?.name ?? null, words, line: source.line });
  });
  if (mentions.length === 0 && text.trim() !== '') {
    problems.push({
      line: source.line,
      field: 'history',
      message: `no date could be read in « ${text.trim()} »`,
    });
  }

  // A full date of signature sets signedOn; several unattributed ones are left to the officer.
  const signedOn = new Map<string, string>();
  const signatures = events.filter((event) => event.kind === 'signed');
  const attributed = signatures.filter((event) => event.party && event.date?.precision === 'day');
  if (attributed.length > 0) {
    for (const event of attributed) signedOn.set(event.party as string, event.date!.value);
  } else if (signatures.length === 1 && signatures[0].date?.precision === 'day') {
    for (const party of parties) signedOn.set(party.name, signatures[0].date.value);
  } else if (signatures.filter((event) => event.date?.precision === 'day').length > 1) {
    problems.push({
      line: source.line,
      field: 'parties[].signedOn',
      message:
        'several signature dates without saying whose: signedOn left empty, the dates are in the history',
    });
  }
  return { events, signedOn, problems };
}
