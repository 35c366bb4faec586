import { PartyLevel } from '../conventions/convention';
import { foldAccents } from '../portfolio/imprecise-date';
import {
  EntryParty,
  OtherPartnership,
  RepertoireEntry,
  RepertoireProblem,
  Representative,
  SourceLine,
} from './repertoire-entry';

const REPRESENTATIVE = /^(?:M\.|Mme|M |MM\.)\s*([^,]+?),\s*(.+)$/;
const ENTRY_ANCHOR = /^(Cadre juridique|Dates? :)/;
const OTHERS_HEADING = /^AUTRES PARTENARIATS R[ÉE]PERTORI[ÉE]S$/;
const SYNTHESIS_HEADING = /^SYNTH[ÈE]SE DES COOP[ÉE]RATIONS/;

export interface SplitRepertoire {
  entries: RepertoireEntry[];
  others: OtherPartnership[];
  problems: RepertoireProblem[];
}

/** Level and name of a heading: a commune goes by its town's name, other bodies by their heading. */
export function partyFromHeading(heading: string): { name: string; level: PartyLevel } {
  const text = heading.trim().replace(/\s+/g, ' ');
  const town = /^(?:Ville|Commune (?:urbaine|rurale)|Municipalit[ée]) (?:de |d'|d’|du )\s*(.+)$/i.exec(text);
  if (town) return { name: town[1].trim(), level: 'commune' };
  const folded = foldAccents(text);
  const level: PartyLevel = folded.startsWith('conseil regional') || folded.startsWith('region')
    ? 'region'
    : folded.startsWith('conseil general') || folded.startsWith('departement')
      ? 'departement'
      : folded.startsWith('communaute') || folded.includes('metropole')
        ? 'intercommunalite'
        : folded.startsWith('province') || folded.startsWith('conseil provincial')
          ? 'province'
          : folded.startsWith('prefecture') || folded.startsWith('conseil prefectoral')
            ? 'prefecture'
            : 'other';
  return { name: text, level };
}

/** "Communes urbaines de Marrakech et de Meknès" → both communes. */
function moroccanParties(heading: SourceLine): EntryParty[] {
  const plural = /^Communes (?:urbaines|rurales) (?:de |d')(.+)$/i.exec(heading.text);
  if (plural) {
    return plural[1]
      .split(/\s*,\s*|\s+et\s+(?:de |d')?/)
      .map((name) => name.replace(/^(de |d')/, '').trim())
      .filter(Boolean)
      .map((name) => ({ name, country: 'MA' as const, level: 'commune' as const, heading }));
  }
  return [{ ...partyFromHeading(heading.text), country: 'MA', heading }];
}

/** "Ville et Communauté urbaine de Lyon" → the city and the urban community, two French parties. */
function frenchParties(heading: SourceLine): EntryParty[] {
  const both = /^Ville et Communaut[ée] urbaine de (.+)$/i.exec(heading.text);
  if (both) {
    return [
      { name: both[1].trim(), country: 'FR', level: 'commune', heading },
      { name: `Communauté urbaine de ${both[1].trim()}`, country: 'FR', level: 'intercommunalite', heading },
    ];
  }
  return [{ ...partyFromHeading(heading.text), country: 'FR', heading }];
}

/** "(4,7 millions d'habitants)" → 4 700 000; "(3137 habitants)" → 3137. */
export function parsePopulation(words: string): number | null {
  const match = /\(([\d\s\u00a0.,]+)\s*(millions?)?\s*(?:d['’])?\s*habitants\)/i.exec(words);
  if (!match) return null;
  const digits = match[1].replace(/[\s\u00a0]/g, '');
  if (match[2]) return Math.round(Number(digits.replace(',', '.')) * 1_000_000);
  const value = Number(digits.replace(/[.,]/g, ''));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function parseRepresentative(source: SourceLine): Representative | null {
  const match = REPRESENTATIVE.exec(source.text);
  if (!match) return null;
  const population = parsePopulation(match[2]);
  const title = match[2]
    .replace(/\s*\([^)]*habitants\)\s*$/i, '')
    .replace(/\s+(de|d'|du)$/i, '')
    .trim();
  return { name: match[1].trim(), title, population, source };
}

function nonEmpty(lines: SourceLine[], from: number, step: 1 | -1): number {
  let index = from;
  while (index >= 0 && index < lines.length && lines[index].text === '') index += step;
  return index;
}

/**
 * Cuts the directory into its entries. An entry is anchored on its block of representatives
 * ("M. X, Titre (N habitants)") followed by "Cadre juridique" or "Date"; its two headings are the
 * lines above. Marseille's "Partenariat avec …" blocks share their group's heading and lines.
 */
export function splitRepertoire(text: string): SplitRepertoire {
  const lines: SourceLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }));
  const problems: RepertoireProblem[] = [];
  const othersAt = lines.findIndex((line) => OTHERS_HEADING.test(line.text));
  const synthesisAt = lines.findIndex((line) => SYNTHESIS_HEADING.test(line.text));
  const bodyEnd = othersAt >= 0 ? othersAt : synthesisAt >= 0 ? synthesisAt : lines.length;

  interface Anchor {
    start: number;
    french: EntryParty[];
    moroccan: EntryParty[];
    representatives: Representative[];
    groupStart: number | null;
  }
  const anchors: Anchor[] = [];
  let group: { start: number; french: EntryParty[]; firstSub: number | null } | null = null;
  for (let index = 0; index < bodyEnd; index += 1) {
    const current = lines[index];
    // A group heading: "Ville de Marseille" then "Communes urbaines de Rabat, Meknès, Marrakech et Fès".
    const next = nonEmpty(lines, index + 1, 1);
    if (
      current.text !== '' &&
      next < bodyEnd &&
      /^Communes urbaines de .+,/.test(lines[next].text) &&
      !REPRESENTATIVE.test(lines[nonEmpty(lines, next + 1, 1)]?.text ?? '')
    ) {
      group = { start: index, french: frenchParties(current), firstSub: null };
      continue;
    }
    if (!REPRESENTATIVE.test(current.text)) continue;
    const previous = nonEmpty(lines, index - 1, -1);
    if (previous >= 0 && REPRESENTATIVE.test(lines[previous].text)) continue;
    let end = index;
    const block: SourceLine[] = [];
    while (end < bodyEnd && (lines[end].text === '' || REPRESENTATIVE.test(lines[end].text))) {
      if (lines[end].text !== '') block.push(lines[end]);
      end += 1;
    }
    if (end >= bodyEnd || !ENTRY_ANCHOR.test(lines[end].text)) continue;
    const representatives = block
      .map(parseRepresentative)
      .filter((item): item is Representative => item !== null);
    const moroccanAt = previous;
    const moroccanHeading = lines[moroccanAt];
    const sub = /^Partenariat avec (?:la |le |l')?(.+)$/.exec(moroccanHeading.text);
    if (sub && group) {
      group.firstSub ??= moroccanAt;
      anchors.push({
        start: moroccanAt,
        french: group.french,
        moroccan: moroccanParties({ line: moroccanHeading.line, text: sub[1] }),
        representatives,
        groupStart: group.start,
      });
      continue;
    }
    group = null;
    const frenchAt = nonEmpty(lines, moroccanAt - 1, -1);
    anchors.push({
      start: frenchAt,
      french: frenchParties(lines[frenchAt]),
      moroccan: moroccanParties(moroccanHeading),
      representatives,
      groupStart: null,
    });
  }

  const entries: RepertoireEntry[] = anchors.map((anchor, position) => {
    const following = anchors[position + 1];
    // The next entry starts at its heading, or at its group's heading when it opens a group.
    const nextStart = following
      ? following.groupStart !== null && following.groupStart !== anchor.groupStart
        ? following.groupStart
        : following.start
      : bodyEnd;
    const body = lines.slice(anchor.start, nextStart);
    let sharedLines: SourceLine[] = [];
    if (anchor.groupStart !== null) {
      const firstSub = anchors.find((other) => other.groupStart === anchor.groupStart)?.start ?? anchor.start;
      sharedLines = lines.slice(anchor.groupStart, firstSub).filter((line) => line.text !== '');
    }
    return {
      lineFrom: lines[anchor.start].line,
      lineTo: lines[nextStart - 1].line,
      french: anchor.french,
      moroccan: anchor.moroccan,
      representatives: anchor.representatives,
      sharedLines,
      lines: body,
    };
  });

  const others: OtherPartnership[] = [];
  if (othersAt >= 0) {
    const end = synthesisAt > othersAt ? synthesisAt : lines.length;
    let current: OtherPartnership | null = null;
    for (const line of lines.slice(othersAt + 1, end)) {
      const pair = /^(.+?)\s+\/\s+(.+)$/.exec(line.text);
      if (pair && !line.text.startsWith('→') && !line.text.includes('@')) {
        current = { french: pair[1], moroccan: pair[2], heading: line, details: [] };
        others.push(current);
      } else if (current && line.text !== '') current.details.push(line);
    }
  }
  if (entries.length === 0) {
    problems.push({ line: 1, field: 'file', message: 'no entry of the 2008 directory found' });
  }
  return { entries, others, problems };
}
