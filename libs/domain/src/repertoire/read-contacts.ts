import { foldAccents } from '../portfolio/imprecise-date';
import { Contact } from '../portfolio/portfolio';
import { matchParty } from './read-projects';
import { EntryParty, SourceLine } from './repertoire-entry';

const PERSON = /^(?:M\.|Mme|Mlle|MM\.)\s*(\S.*)$/;
const PHONE = /^(?:T[ée]l(?:\/Fax)?|Tel)\s*:?\s*(.+)$/i;
const FAX = /^Fax\s*:?/i;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const ADDRESS_START =
  /^(H[ôo]tel|Ville|Commune|Conseil|Mairie|Municipalit|R[ée]gion|Si[èe]ge|BP\b|B\.P\.|\d|Communaut|Pr[ée]fecture|Province|Direction|Cercle|Avenue|Bd|Boulevard|Place|Rue)/i;

interface Draft {
  contact: Omit<Contact, 'party'>;
  text: string[];
  country: 'FR' | 'MA' | null;
  group: number;
}

function countryHint(text: string): 'FR' | 'MA' | null {
  if (/\+\s*212|\b0212|\.ma\b|maroc/i.test(text)) return 'MA';
  if (/\+\s*33|\b0[1-9](?:[ .]?\d{2}){4}\b|\.fr\b|france|cedex|adjointe? au maire/i.test(text)) return 'FR';
  return null;
}

/**
 * The CONTACTS of an entry → one contact per person (elected official or agent in charge) and per
 * office address, each given to the party its words point to (its name, then its phone or e-mail
 * country, then the person it follows).
 */
export function readContacts(
  lines: SourceLine[],
  parties: EntryParty[],
  asOf: string,
  /** Each party's representative as the heading block names them: « M. Omar EL JAZOULI » is Marrakech's. */
  representatives: Map<string, string> = new Map(),
): Contact[] {
  const drafts: Draft[] = [];
  let pendingAgent = false;
  let group = 0;
  let current: Draft | null = null;
  let seenReach = false;
  const open = (role: Contact['role'], line: SourceLine, name: string | null, title: string | null) => {
    if (role === 'elected') group += 1;
    current = {
      contact: { role, name, title, phone: null, email: null, address: null, asOf, line: line.line },
      text: [line.text],
      country: null,
      group,
    };
    drafts.push(current);
    seenReach = false;
  };
  for (const line of lines) {
    const text = line.text;
    if (text === '') continue;
    if (/^Agents? en charge/i.test(text)) {
      pendingAgent = true;
      const inline = /:\s*(M\.|Mme)\s*(.+)$/.exec(text);
      if (inline) {
        open('agent', line, inline[2].trim(), null);
        pendingAgent = false;
      }
      continue;
    }
    if (/^(CONTACTS?|Contacts?( [àa] .+)?|[ÉE]lu en charge.*)$/i.test(text)) continue;
    const person = PERSON.exec(text);
    if (person) {
      const [name, ...title] = person[1].split(/,\s*/);
      open(pendingAgent ? 'agent' : 'elected', line, name.trim(), title.join(', ').trim() || null);
      pendingAgent = false;
      continue;
    }
    const draft = current as Draft | null;
    const phone = PHONE.exec(text);
    const email = EMAIL.exec(text);
    if (draft && (phone || email || FAX.test(text) || /^www\./i.test(text))) {
      draft.text.push(text);
      if (phone && !draft.contact.phone) draft.contact.phone = phone[1].trim();
      if (email && !draft.contact.email) draft.contact.email = email[0];
      seenReach = true;
      continue;
    }
    if (!draft || seenReach || (draft.contact.role !== 'office' && ADDRESS_START.test(text))) {
      if (draft?.contact.role === 'office' && !seenReach) {
        draft.contact.address = `${draft.contact.address}\n${text}`;
        draft.text.push(text);
        continue;
      }
      open('office', line, null, null);
      (current as unknown as Draft).contact.address = text;
      continue;
    }
    draft.text.push(text);
    if (draft.contact.role === 'office') draft.contact.address = `${draft.contact.address}\n${text}`;
    else draft.contact.title = draft.contact.title ? `${draft.contact.title} ${text}` : text;
  }

  // The party: the representative it is, or the one its words name, else the country its phone
  // or e-mail shows; else, as the source's two columns read (French left, Moroccan right), the
  // other side of a same-role contact just before it; else its group's; else the one before it.
  const representativeOf = (draft: Draft) => {
    const name = draft.contact.name ? foldAccents(draft.contact.name) : null;
    const entry = name ? [...representatives].find(([, person]) => foldAccents(person) === name) : undefined;
    return entry ? parties.find((party) => party.name === entry[0]) : undefined;
  };
  const byName = (draft: Draft) => representativeOf(draft) ?? matchParty(draft.text.join(' '), parties);
  for (const draft of drafts) draft.country = byName(draft)?.country ?? countryHint(draft.text.join(' '));
  const bothSides =
    parties.some((party) => party.country === 'FR') && parties.some((party) => party.country === 'MA');
  drafts.forEach((draft, index) => {
    if (draft.country) return;
    const before = drafts[index - 1];
    if (
      bothSides &&
      before?.country &&
      before.contact.role === draft.contact.role &&
      draft.contact.role !== 'office'
    ) {
      draft.country = before.country === 'FR' ? 'MA' : 'FR';
      return;
    }
    // An agent's office address follows the agent.
    const office =
      draft.contact.role === 'agent'
        ? drafts.slice(index + 1).find((other) => other.contact.role === 'office')
        : undefined;
    const mate = drafts.find((other) => other.group === draft.group && other !== draft && other.country);
    draft.country = office?.country ?? mate?.country ?? null;
  });
  let last: 'FR' | 'MA' = 'FR';
  return drafts.map((draft) => {
    const country = draft.country ?? last;
    last = country;
    const named = byName(draft);
    const party =
      named && named.country === country
        ? named
        : (parties.find((candidate) => candidate.country === country) ?? parties[0]);
    return { party: party.name, ...draft.contact };
  });
}

/** Whether a title names a Moroccan body other than the party's own (Marseille's Rabat block). */
export function namesOtherTown(title: string, party: EntryParty, others: string[]): string | null {
  const folded = foldAccents(title);
  if (folded.includes(foldAccents(party.name))) return null;
  return others.find((town) => folded.includes(foldAccents(town))) ?? null;
}
