import { countryIn } from '../countries';
import { foldForCompare } from '../text-view';
import { cleanName, PartyDraft, parseParty } from './party-parsing';

/** Keywords matched in any case, names kept as written ("THE CITY OF ASHIYA", "Komaki City"). */
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const WORD = `\\p{Lu}[\\p{L}'’.\\-]*`;
/** Words that end a name: "THE CITY OF MONTEBELLO AND THE CITY OF ASHIYA" holds two. */
const STOP = anyCase(
  'and|the|of|in|on|et|en|city|cities|county|district|town|ward|state|prefecture|province|metropolis|republic|between|hereby|with|agreement|represented',
);
const NAME = `(?!(?:${STOP})\\b)${WORD}(?:[ \\-](?!(?:${STOP})\\b)(?:de |du |des |la |le |d['’])?${WORD}){0,3}`;
/** Words before "City" that are not a city's name ("Friendship City Designation"). */
const NOT_A_NAME =
  /^(?:friendship|sister|twin|twinning|partner|partnership|capital|host|member|inner|old|new|the|this|that|each|both|our|their|a|an|and|of|between)$/i;
const KIND_OF = anyCase(
  'city|town|municipality|ward|district|county|borough|village|ville|commune|municipalite',
);
const KIND_AFTER = anyCase('city|county|district|town|ward');
const LINK = anyCase('of|de|du|d');

interface Mention {
  name: string;
  level?: string;
  start: number;
  end: number;
}

const LEVEL_OF: Record<string, string | undefined> = {
  city: 'commune',
  town: 'commune',
  municipality: 'commune',
  municipalite: 'commune',
  ward: 'commune',
  borough: 'commune',
  village: 'commune',
  ville: 'commune',
  commune: 'commune',
  cities: 'commune',
  county: 'other',
};
const levelOf = (kind: string) => LEVEL_OF[foldForCompare(kind)];

/** "the City of X", "la ville de X", "the Corporation of the District of X", "X City", "X County". */
function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  const before = new RegExp(
    `\\b(?:${anyCase('the')}\\s+|l[ae]\\s+)?(?:${anyCase('corporation')}\\s+${anyCase('of the')}\\s+)?(${KIND_OF})\\s+(?:${LINK})(?:\\s+|['’])(${NAME})`,
    'gu',
  );
  for (const m of text.matchAll(before))
    out.push({ name: cleanName(m[2]), level: levelOf(m[1]), start: m.index, end: m.index + m[0].length });
  const after = new RegExp(`(?<![\\p{L}])(${NAME})\\s+(${KIND_AFTER})\\b`, 'gu');
  for (const m of text.matchAll(after)) {
    if (NOT_A_NAME.test(m[1].split(/[ -]/)[0])) continue;
    const kind = foldForCompare(m[2]);
    // "Komaki City" keeps its word; "Grant County" too: that is how the party is called.
    out.push({
      name: cleanName(`${m[1]} ${m[2]}`),
      level: levelOf(kind),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  // "the undersigned mayors of Muntinlupa and Takasaki Cities": one kind for two names.
  const plural = new RegExp(
    `(?<![\\p{L}])(${NAME})\\s+${anyCase('and')}\\s+(${NAME})\\s+${anyCase('cities')}\\b`,
    'gu',
  );
  for (const m of text.matchAll(plural)) {
    const second = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({ name: cleanName(m[1]), level: 'commune', start: m.index, end: m.index + m[1].length });
    out.push({ name: cleanName(m[2]), level: 'commune', start: second, end: second + m[2].length });
  }
  // "Between⏎Taichung, Republic of China (Taiwan)⏎and⏎Cupertino, California": bare names after "between".
  const bare = new RegExp(
    `\\b${anyCase('between')}\\s+(${NAME})\\s*,[^\\n]{0,60}\\s+${anyCase('and')}\\s+(${NAME})\\s*,`,
    'gu',
  );
  for (const m of text.matchAll(bare)) {
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(m[2]);
    out.push({ name: cleanName(m[1]), start: first, end: first + m[1].length });
    out.push({ name: cleanName(m[2]), start: second, end: second + m[2].length });
  }
  return out
    .filter((mention) => mention.name.length >= 2 && !/^(?:the|this|our|two|both|each)$/i.test(mention.name))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

const same = (a: string, b: string) =>
  foldForCompare(a).replace(/[^a-z]/g, '') === foldForCompare(b).replace(/[^a-z]/g, '');
const baseName = (name: string) => name.replace(/\s+(?:city|county|district|town|ward)$/i, '');

/** Where a mention stands: the words after it up to a verb or the next party ("in Hyogo Prefecture, Japan, shall …"). */
function placeAfter(text: string, mention: Mention, next: Mention | undefined): string {
  const end = Math.min(mention.end + 90, next ? next.start : text.length);
  const stretch = text.slice(mention.end, end);
  // A verb, a bracket, a blank line, or the next column of a signature table ("| …", three spaces).
  const stop =
    /\b(?:shall|hereby|have|has|agree|agreed|enter|wish|do|will|hereafter|hereinafter|signed|sign|are|is)\b|\(|\||\n\s*\n| {3,}|\t/i.exec(
      stretch,
    );
  return foldForCompare(stop ? stretch.slice(0, stop.index) : stretch);
}

/**
 * Parties named together in the heading or the first sentences: two mentions joined by "and" / "et"
 * (a place may stand between them). Each party's level comes from how any mention calls it, its
 * country from where any mention places it.
 */
export function readHeadingParties(text: string): PartyDraft[] {
  const head = text.slice(0, 4000);
  const parts = partsNamed(head);
  if (parts.length === 2) return parts;
  const all = mentions(head);
  let pair: [Mention, Mention] | null = null;
  for (let i = 0; i < all.length - 1 && !pair; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[j].start < all[i].end) continue;
      const between = head.slice(all[i].end, all[j].start);
      if (between.length > 140 || /[.;!?]\s/.test(between.replace(/\b(?:U\.S\.A|St)\./g, ''))) break;
      if (
        /(?:^|[\s,])(?:and|et|AND|ET|And|Et)\s*$/.test(between) &&
        !same(baseName(all[i].name), baseName(all[j].name))
      ) {
        pair = [all[i], all[j]];
      }
      break;
    }
  }
  if (!pair) return [];
  return pair.map((mention) => {
    const own = all.filter((other) => same(baseName(other.name), baseName(mention.name)));
    const level = mention.level ?? own.find((other) => other.level)?.level;
    let country: string | null = null;
    for (const other of own) {
      const next = all.find((candidate) => candidate.start >= other.end);
      country = countryIn(placeAfter(head, other, next));
      if (country) break;
    }
    return {
      name: mention.name,
      ...(level ? { level } : {}),
      ...(country ? { country } : {}),
      start: mention.start,
      end: mention.end,
    };
  });
}

/** "Le Gouvernement de la République française, d'une part, et Le Gouvernement de …, d'autre part". */
function partsNamed(head: string): PartyDraft[] {
  // On a copy with spaces for line breaks (a PDF may wrap the sentence): the offsets stay the text's.
  const spaced = head.replace(/\s/g, ' ');
  // A party's words hold no sentence end and no paragraph break (two spaces where a blank line was).
  const words = `((?:(?!\\s\\s)[^.;:]){2,120}?)`;
  const match = new RegExp(
    `(?:^|[:.;]\\s|\\s\\s)\\s*(\\p{Lu}${words.slice(1)},?\\s+[dD]['’]une\\s+part\\s*,?\\s+[eE][tT]\\s+(\\p{Lu}${words.slice(1)},?\\s+[dD]['’]autre\\s+part`,
    'u',
  ).exec(spaced);
  if (!match) return [];
  return [match[1], match[2]].flatMap((phrase) => {
    const party = parseParty(phrase.replace(/\s+/g, ' ').trim());
    if (!party) return [];
    const start = match.index + match[0].indexOf(phrase);
    const country = countryIn(foldForCompare(phrase));
    return [{ ...party, ...(country ? { country } : {}), start, end: start + phrase.length }];
  });
}
