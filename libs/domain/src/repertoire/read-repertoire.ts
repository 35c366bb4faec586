import { ConventionDocument, Instrument, Party } from '../conventions/convention';
import { findDateMentions, foldAccents } from '../portfolio/imprecise-date';
import { Contact, FieldSource, PartnershipState, PartyProfile, Portfolio } from '../portfolio/portfolio';
import { namesOtherTown, readContacts } from './read-contacts';
import { readHistory } from './read-history';
import { readInstrument } from './read-instrument';
import { readProjects } from './read-projects';
import {
  EntryParty,
  OtherPartnership,
  RepertoireEntry,
  RepertoireProblem,
  SourceLine,
} from './repertoire-entry';
import { splitRepertoire } from './split-repertoire';
import { field, readCommitments, readDomains, stateFromText } from './read-entry-fields';

/** The directory's own date: its contacts are true "as of" July 2008. */
export const REPERTOIRE_AS_OF = '2008-07';
export const REPERTOIRE_SOURCE = 'repertoire-2008';

/** A convention as the directory states it, with everything the §3 document cannot hold. */
export interface ImportedConvention {
  /** Stable across imports of the same file: the parties' names. */
  key: string;
  document: ConventionDocument;
  rawInstrument: string | null;
  state: PartnershipState;
  portfolio: Portfolio;
  sources: FieldSource[];
  lineFrom: number;
  lineTo: number;
}

export interface ReadRepertoire {
  conventions: ImportedConvention[];
  /** The one-line links of "AUTRES PARTENARIATS RÉPERTORIÉS", not conventions of their own. */
  others: OtherPartnership[];
  problems: RepertoireProblem[];
}

export function slug(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function readPair(
  entry: RepertoireEntry,
  moroccan: EntryParty,
  problems: RepertoireProblem[],
): ImportedConvention {
  const entryParties = [...entry.french, moroccan];
  const otherMoroccan = entry.moroccan.filter((party) => party !== moroccan);
  const sources: FieldSource[] = [];
  const source = (name: string, line: SourceLine, to = line.line) =>
    sources.push({ field: name, lineFrom: line.line, lineTo: to, quote: line.text });

  // Representatives: the line naming the party, else the one in heading order.
  const representatives = new Map<string, (typeof entry.representatives)[number]>();
  entry.representatives.forEach((representative, index) => {
    const named = entryParties.filter((party) =>
      foldAccents(representative.title).includes(
        foldAccents(party.name.replace(/^Communauté urbaine de /, '')),
      ),
    );
    const byOrder =
      index < entry.french.length ? entry.french[index] : entry.moroccan[index - entry.french.length];
    const targets = named.length ? named : byOrder && entryParties.includes(byOrder) ? [byOrder] : [];
    for (const party of targets)
      if (!representatives.has(party.name)) representatives.set(party.name, representative);
  });
  // A representative whose title names another Moroccan town is a conflict, reported, not resolved.
  const towns = ['Rabat', 'Marrakech', 'Meknès', 'Fès', 'Agadir', 'Casablanca', 'Oujda', 'Tiznit', 'Safi'];
  entry.representatives.forEach((representative, index) => {
    if (index !== entry.french.length || entry.moroccan.length !== 1 || moroccan.level !== 'commune') return;
    const other = namesOtherTown(
      representative.title,
      moroccan,
      towns.filter((town) => foldAccents(town) !== foldAccents(moroccan.name)),
    );
    if (other) {
      representatives.delete(moroccan.name);
      problems.push({
        line: representative.source.line,
        field: `parties[${entry.french.length}].representative`,
        message: `the heading names ${moroccan.name} but the representative « ${representative.name}, ${representative.title} » is ${other}'s: left empty`,
      });
    }
  });

  const cadreLines = entry.lines.filter((line) => /^Cadre juridique/.test(line.text));
  const current =
    cadreLines.find((line) => /^Cadre juridique( actuel)?\s*:/.test(line.text)) ?? cadreLines[0];
  const rawInstrument = current
    ? current.text.replace(/^Cadre juridique( actuel)?\s*:\s*/, '').replace(/\.$/, '')
    : null;
  const read = rawInstrument
    ? readInstrument(rawInstrument)
    : { instrument: 'other' as Instrument, state: 'agreement' as PartnershipState };
  const instrument = read.instrument;
  let state = read.state;
  if (current) source('instrument', current);
  else
    problems.push({
      line: entry.lineFrom,
      field: 'instrument',
      message: 'no "Cadre juridique": instrument set to other',
    });

  const dateLine = field(entry.lines, /^Dates? :/);
  const history = dateLine
    ? readHistory(dateLine, entryParties)
    : { events: [], signedOn: new Map<string, string>(), problems: [] };
  problems.push(...history.problems);
  for (const previous of cadreLines.filter((line) => line !== current)) {
    for (const mention of findDateMentions(previous.text)) {
      if (mention.date)
        history.events.push({
          kind: 'signed',
          date: mention.date,
          words: previous.text.replace(/^Cadre juridique \w+\s*:\s*/, ''),
          line: previous.line,
        });
    }
  }
  // "Accord de coopération signé en août 1989 / Déclaration … signée le 27 juin 1998": dates in the instrument's words.
  if (current) {
    for (const part of current.text.replace(/^Cadre juridique[^:]*:\s*/, '').split(/\s*\/\s*/)) {
      for (const mention of findDateMentions(part)) {
        if (mention.date && !history.events.some((event) => event.date?.value === mention.date?.value))
          history.events.push({
            kind: 'signed',
            date: mention.date,
            words: part.replace(/\.$/, ''),
            line: current.line,
          });
      }
    }
  }
  if (state !== 'agreement') history.signedOn.clear();
  const textState = stateFromText(entry.lines);
  if (textState) {
    state = textState.state;
    history.events.push(textState.event);
  }

  const parties: Party[] = entryParties.map((party, index) => {
    const representative = representatives.get(party.name);
    source(`parties[${index}].name`, party.heading);
    if (representative) source(`parties[${index}].representative`, representative.source);
    const signedOn = history.signedOn.get(party.name) ?? null;
    if (signedOn && dateLine) source(`parties[${index}].signedOn`, dateLine);
    return {
      name: party.name,
      country: party.country,
      level: party.level,
      representative: representative?.name ?? null,
      representativeTitle: representative?.title ?? null,
      signedOn,
    };
  });
  if (dateLine) source('history', dateLine);

  const domains = readDomains(entry.lines);
  if (domains.source) source('domains', domains.source, domains.lineTo);
  const profiles: PartyProfile[] = entryParties.map((party) => {
    const representative = representatives.get(party.name);
    // One line for two parties (Lyon's mayor and president): whose population it is stays unsaid.
    const shared =
      representative && [...representatives.values()].filter((item) => item === representative).length > 1;
    return {
      party: party.name,
      population: shared ? null : (representative?.population ?? null),
      domains: domains.domains,
      line: representative?.source.line ?? party.heading.line,
    };
  });

  const body = entry.lines;
  const { projects, problems: projectProblems } = readProjects(body, entryParties);
  problems.push(...projectProblems);
  projects.forEach((project, index) =>
    sources.push({
      field: `projects[${index}]`,
      lineFrom: project.lineFrom ?? entry.lineFrom,
      lineTo: project.lineTo ?? entry.lineFrom,
      quote: project.title,
    }),
  );
  const financialCommitments = readCommitments(body, entryParties, problems, sources);

  const contactsAt = body.findIndex(
    (line) => /^(CONTACTS?|Contacts?( [àa] .+)?)$/.test(line.text) || /\*\*Contacts? [àa]/.test(line.text),
  );
  const contacts: Contact[] = [];
  if (entry.sharedLines.length) {
    const sharedAt = entry.sharedLines.findIndex((line) => /^Contacts?$/.test(line.text));
    if (sharedAt >= 0)
      contacts.push(...readContacts(entry.sharedLines.slice(sharedAt + 1), entry.french, REPERTOIRE_AS_OF));
  }
  if (contactsAt >= 0) {
    const sideOnly = /[àa] (.+?)\**$/.exec(body[contactsAt].text)?.[1];
    // Every party of the entry: Bourgogne's contacts for Marrakech must not land on Meknès.
    const candidates = sideOnly ? [moroccan] : [...entry.french, ...entry.moroccan];
    const people = new Map(
      [...representatives].map(([party, representative]) => [party, representative.name]),
    );
    contacts.push(...readContacts(body.slice(contactsAt + 1), candidates, REPERTOIRE_AS_OF, people));
    source('contacts', body[contactsAt], body[body.length - 1].line);
  }
  // Bourgogne: the contacts of the other commune are not this convention's.
  const ownContacts = contacts.filter(
    (contact) => !otherMoroccan.some((party) => party.name === contact.party),
  );

  const historique = field(body, /^(Historique|Origine)\s*:/);
  const names = [...entry.french.map((party) => party.name), moroccan.name];
  const document: ConventionDocument = {
    reference: `REP2008-${slug(names.join(' ')).toUpperCase()}`.slice(0, 120),
    title: names.join(' – '),
    instrument,
    language: 'fr',
    object: null,
    financialCommitments,
    parties,
    clauses: {},
  };
  if (historique) source('history.origin', historique);
  const events = [...history.events];
  if (historique)
    events.push({
      kind: 'other',
      date: null,
      words: historique.text.replace(/^(Historique|Origine)\s*:\s*/, ''),
      line: historique.line,
    });
  return {
    key: `${REPERTOIRE_SOURCE}:${names.map(slug).join('/')}`,
    document,
    rawInstrument,
    state,
    portfolio: { projects, history: events, contacts: ownContacts, profiles },
    sources,
    lineFrom: entry.lineFrom,
    lineTo: entry.lineTo,
  };
}

/**
 * The 2008 directory → one convention per partner pair: Marseille's four partnerships become
 * four, Bourgogne's two communes two, Lyon's city and urban community one convention of three
 * parties. Nothing is guessed: what an entry does not state stays empty; conflicts are problems.
 */
export function readRepertoire(text: string): ReadRepertoire {
  const split = splitRepertoire(text);
  const problems = [...split.problems];
  const conventions: ImportedConvention[] = [];
  for (const entry of split.entries) {
    for (const moroccan of entry.moroccan) conventions.push(readPair(entry, moroccan, problems));
  }
  return { conventions, others: split.others, problems: problems.sort((a, b) => a.line - b.line) };
}
