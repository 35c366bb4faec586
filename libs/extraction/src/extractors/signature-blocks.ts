import { countryIn } from '../countries';
import { buildTextView, foldForCompare } from '../text-view';
import { isTitle, PartyDraft, personName, TITLE_WORDS } from './party-parsing';

const squash = (value: string) => foldForCompare(value).replace(/[^a-z]/g, '');
const baseName = (name: string) => name.replace(/\s+(?:city|county|district|town|ward)$/i, '');
const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** The party a stretch of text names ("Mayor of the City of Ashiya", "DistrictofSurrey"), if exactly one. */
function partyNamed(stretch: string, parties: readonly PartyDraft[]): PartyDraft | undefined {
  const flat = squash(stretch);
  const named = parties.filter((party) => {
    const key = squash(baseName(party.name));
    return key.length >= 3 && flat.includes(key);
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "Mayor" → "Mayor"; "Mayor of the City of Ashiya" → "Mayor" when Ashiya is the party signing;
 * "Proxy of Mayor of …", "Chairman of Sister-City Committee" → nothing.
 */
function titleOf(cell: string, owner?: PartyDraft): string | undefined {
  const value = cell.replace(/[.,;]+$/, '').trim();
  if (isTitle(value)) return capitalize(value);
  const match = /^([\p{L} -]+?)\s+(?:of|de|du|d')\b(.*)$/u.exec(value);
  if (!match || !isTitle(match[1]) || !owner) return undefined;
  return squash(match[2]).includes(squash(baseName(owner.name))) ? capitalize(match[1]) : undefined;
}
/** A place or a body is not a person: "Koto Ward", "Hyogo Prefecture". */
const PLACE_WORDS =
  /\b(?:ward|city|cities|county|district|prefecture|province|state|republic|metropolis|council|committee|town|village|region|ville|commune)\b/i;

/** "Jaime R.Fresnedi,Mayor", "Shizuo Yamashita, Mayor": a person and a title. */
function personAndTitle(cell: string): { person?: string; title?: string } {
  if (PLACE_WORDS.test(cell)) return {};
  const comma = cell.lastIndexOf(',');
  if (comma > 0) {
    const title = titleOf(cell.slice(comma + 1));
    const person = personName(cell.slice(0, comma));
    if (title && person) return { person, title };
  }
  const person = personName(cell);
  return person ? { person } : {};
}

function fill(party: PartyDraft, person: string | undefined, title: string | undefined, place: string) {
  if (!party.representative && person) party.representative = person;
  if (!party.representativeTitle && title && (person || !party.representative))
    party.representativeTitle = title;
  if (!party.country) {
    const country = countryIn(foldForCompare(place));
    if (country) party.country = country;
  }
}

/** Lines cut into cells: "A | B |", or columns set apart by three spaces or more. */
function cells(line: string): string[] {
  const parts = line.includes('|') ? line.split('|') : line.split(/\t+| {3,}/);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * Who signs for each party, as signature blocks and prose state it: "The mayor of Sarajevo,
 * Benjamina Karic, and …"; "Shizuo Yamashita, Mayor⏎Komaki City, Japan"; two columns
 * ("Elaine Kirchner   Kiyoshi Utsumi⏎Proxy of Mayor of Montebello   Mayor of the City of Ashiya").
 * Fills only what a party still lacks.
 */
export function readSignatureBlocks(text: string, parties: PartyDraft[]) {
  if (parties.length < 2) return;
  const prose =
    /\b(mayor|maire|president|présidente?|governor|gouverneur)\s+(?:of|de|d['’])\s*(?:the\s+)?(?:city\s+of\s+|ville\s+de\s+)?([\p{Lu}][\p{L}'’ -]{1,40}?),\s+((?:[\p{Lu}][\p{L}'’.-]*\s?){2,4}),/giu;
  // Prose names the signatories near the start (a news page's first sentence).
  for (const match of text.slice(0, 6000).matchAll(prose)) {
    const party = partyNamed(match[2], parties);
    const person = personName(match[3]);
    if (party && person) fill(party, person, capitalize(match[1].toLowerCase()), '');
  }

  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.length > 80 || !line.includes(',')) return;
    const { person, title } = personAndTitle(line.trim());
    if (!person || !title || cells(line).length > 1) return;
    for (const next of lines.slice(index + 1, index + 3)) {
      const party = partyNamed(next, parties);
      if (party) {
        fill(party, person, title, next);
        return;
      }
    }
  });

  titlesUnderNames(lines, parties);

  // Two columns: consecutive two-cell lines (blank lines between them allowed).
  let block: string[][] = [];
  const flush = () => {
    if (block.length >= 2) readColumns(block, parties);
    block = [];
  };
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = cells(line);
    if (row.length === 2) block.push(row);
    else flush();
  }
  flush();
}

function readColumns(block: string[][], parties: PartyDraft[]) {
  const columns = [0, 1].map((column) => block.map((row) => row[column]));
  const owners = columns.map((column) => partyNamed(column.join(' '), parties));
  if (!owners[0] || !owners[1] || owners[0] === owners[1]) return;
  columns.forEach((column, i) => {
    let person: string | undefined;
    let title: string | undefined;
    for (const cell of column) {
      const read = partyNamed(cell, parties) ? {} : personAndTitle(cell);
      person ??= read.person;
      title ??= read.title ?? titleOf(cell, owners[i]);
    }
    fill(owners[i]!, person, title, column.join(', '));
  });
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Jean-Yves SENANT Abdellatif OUAHBI⏎(Maire d'Antony) Président du Conseil Communal de Taroudant":
 * the title "of" the party, on the two lines under the line its signatory's name is on.
 */
function titlesUnderNames(lines: readonly string[], parties: PartyDraft[]) {
  for (const party of parties) {
    if (!party.representative || party.representativeTitle) continue;
    const of = new RegExp(
      `\\b(${TITLE_WORDS})\\s+(?:de |d'|du |of )(?:la ville de |la commune de |the city of )?${escape(foldForCompare(baseName(party.name)))}\\b`,
    );
    lines.forEach((signatory, at) => {
      if (party.representativeTitle || !signatory.includes(party.representative!)) return;
      for (const line of lines.slice(at + 1, at + 3)) {
        const view = buildTextView(line, { dropFurniture: false });
        const match = of.exec(view.norm);
        if (!match) continue;
        const end = view.map[match.index + match[1].length - 1] + 1;
        party.representativeTitle = capitalize(line.slice(view.map[match.index], end).trim());
        return;
      }
    });
  }
}
