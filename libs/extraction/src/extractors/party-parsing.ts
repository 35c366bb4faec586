import { buildTextView, foldForCompare } from '../text-view';

/** A party as read, before its findings are recorded. */
export interface PartyDraft {
  name: string;
  level?: string;
  country?: string;
  representative?: string;
  representativeTitle?: string;
  deliberationOn?: string;
  signedOn?: string;
  start: number;
  end: number;
}

const LEVELS: Array<[RegExp, string]> = [
  [/^(?:conseil departemental|conseil general|departement)\b/, 'departement'],
  [/^(?:conseil regional|region)\b/, 'region'],
  [
    /^(?:communaute d'agglomeration|communaute de communes|communaute urbaine|metropole|agglomeration|etablissement public territorial)\b/,
    'intercommunalite',
  ],
  [/^(?:conseil provincial|province)\b/, 'province'],
  [/^(?:prefecture)\b/, 'prefecture'],
  [
    /^(?:commune d'arrondissement|commune urbaine|commune rurale|communaute rurale|commune|ville|municipalite|conseil communal|conseil municipal|city|town|municipality|borough|municipal council|city council)\b/,
    'commune',
  ],
  // A county is not a municipality; a "district" is one in some countries and not in others: no level.
  [/^(?:county)\b/, 'other'],
];
/** "L'association dénommée « Jumelage en Marches »": the name is the quoted one. */
const ASSOCIATION =
  /^(?:(?:l'|la |le |the )?(?:association|federation|comite|committee|institut|fondation|foundation|organisation|ong)\b)/;
const TITLES =
  /^(maire|president(?:e)?(?: du conseil (?:communal|municipal|provincial|regional|departemental|general|d'administration))?|president(?:e)? de (?:la )?delegation speciale|adjoint(?:e)? au maire|premier(?:e)? adjoint(?:e)?|gouverneur|prefet|mayor|lord mayor|president|chairman|chairperson|chair|governor|leader(?: of the council)?|first deputy mayor|deputy mayor|vice-president(?:e)?|bourgmestre|burgomaster)$/;
const CIVILITY =
  /^(?:monsieur|madame|mademoiselle|m\.?|mme\.?|mlle\.?|mr\.?|mrs\.?|ms\.?|dr\.?|son excellence|his excellency|her excellency|h\.e\.)\s+/i;

/** "Xx Xxxxx xx Xxxxx-Xxxxx": a name a publisher blanked out, not a name. */
export const isAnonymised = (name: string) => /^[Xx\s'’.-]+$/.test(name);

/** The titles' words, for finding one inside a line ("Président du Conseil Communal de Taroudant"). */
export const TITLE_WORDS = TITLES.source.slice(2, -2);

export const isTitle = (value: string) => TITLES.test(foldForCompare(value));

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A name as written, OCR's "§" for "S" mended ("BAGNERE§-de-BIGORRE"), spaces single. */
export function cleanName(name: string): string {
  return name
    .replace(/(?<=\p{L})§|§(?=\p{L})/gu, 'S')
    .replace(/\s+/g, ' ')
    .replace(/^[«"“]\s*|\s*[»"”]$/g, '')
    .trim();
}

/** An organisation's name: its article and its bracketed acronym left out ("l'Institut … (ICD Afrique)"). */
function organisationName(segment: string): string | null {
  const name = cleanName(segment)
    .replace(/^(?:l['’]|la |le |the )/i, '')
    .replace(/^association\s+(?:de jumelage\s+)?/i, '')
    .replace(/\s*\([^)]{1,30}\)\s*$/, '')
    .replace(/[,\s]+$/, '');
  if (!name || name.length > 80 || !/^\p{Lu}/u.test(name) || /\.\.\./.test(name)) return null;
  return name;
}

export function parseParty(segment: string): PartyDraft | null {
  const view = buildTextView(segment, { dropFurniture: false });
  if (ASSOCIATION.test(view.norm)) {
    const quoted = /(?:denommee?|appelee?|named|called)\s*"\s*([^"]{2,80}?)\s*"/.exec(view.norm);
    if (quoted) {
      const from = view.map[quoted.index + quoted[0].indexOf(quoted[1])];
      const to = view.map[quoted.index + quoted[0].indexOf(quoted[1]) + quoted[1].length - 1] + 1;
      return { name: cleanName(segment.slice(from, to)), level: 'other', start: 0, end: 0 };
    }
    const name = organisationName(segment);
    return name ? { name, level: 'other', start: 0, end: 0 } : null;
  }
  const norm = view.norm;
  let offset = 0;
  const article = /^(?:(?:la|le|les|l'|the)\s*)/.exec(norm);
  if (article) offset = article[0].length;
  let level: string | undefined;
  let nameStart = offset;
  const rest = norm.slice(offset);
  for (const [pattern, code] of LEVELS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    level = code;
    let connector =
      /^\s*(?:de la\b|de l'|des\b|du\b|de\b|d'|of\b)\s*/.exec(rest.slice(match[0].length))?.[0] ?? '';
    // "Commune de La Chapelle-Saint-Mesmin": a capital "La" is the name's own article.
    const la = /^(\s*de )l[ae]\b/.exec(connector);
    if (la && /\p{Lu}/u.test(segment[view.map[offset + match[0].length + la[1].length]] ?? ''))
      connector = la[1];
    nameStart = offset + match[0].length + connector.length;
    break;
  }
  const tail = norm.slice(nameStart);
  const cut =
    /\s*(?:\(|,|\ben\s+(?:france|maroc)\b|\bau maroc\b|\bsise?\b|\bsituee?\b|\bdont le siege\b|$)/.exec(tail);
  const nameEnd = nameStart + (cut ? cut.index : tail.length);
  const [start, end] = [view.map[nameStart] ?? 0, (view.map[Math.max(nameStart, nameEnd - 1)] ?? 0) + 1];
  const name = cleanName(segment.slice(start, end));
  if (!name || name.length > 80 || !/^\p{Lu}/u.test(name) || /\d{3,}/.test(name)) return null;
  if (name.split(' ').length > 8 || isAnonymised(name)) return null;
  return { name, ...(level ? { level } : {}), start: 0, end: 0 };
}

/** "son Maire, Monsieur X", "Monsieur X, Maire en exercice", "Henri DALBIES (Président)", "le Président de son Conseil général". */
export function parseRepresentative(raw: string): Pick<PartyDraft, 'representative' | 'representativeTitle'> {
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/^[:\s]+/, '')
    .trim();
  const out: Pick<PartyDraft, 'representative' | 'representativeTitle'> = {};
  const title = (value: string | undefined) => {
    if (!value) return;
    const cleaned = value
      .replace(/[.,;]+$/, '')
      .replace(/\s+en exercice$/i, '')
      .replace(/\s+in office$/i, '')
      .replace(/\bde son\b/i, 'du')
      .trim();
    if (isTitle(cleaned)) out.representativeTitle = capitalize(cleaned);
  };
  const person = (value: string | undefined) => {
    // "Monsieur Ferdinand Rentschler concluent le contrat suivant": the capitalised words that lead.
    const lead = value
      ?.replace(CIVILITY, '')
      .match(/^(?:(?:[\p{Lu}][\p{L}'’.-]*|de|du|el|ben|van|von|der|d')\s*){2,5}/u)?.[0];
    const name = personName(value) ?? personName(lead);
    if (name) out.representative = name;
  };
  let match = /^(.+?)\s*\(([^)]{2,60})\)$/.exec(text);
  if (match && isTitle(match[2].replace(/\s+en exercice$/i, ''))) {
    person(match[1]);
    title(match[2]);
    return out;
  }
  match = /^(?:son|sa|leur|le|la|its|his|her|the)\s+([^,]+?),\s*([^,]+)/i.exec(text);
  if (match) {
    title(match[1]);
    person(match[2]);
    return out;
  }
  // "son Maire Jean Dupont" (no comma): a title word, then a person.
  match = /^(?:son|sa|leur|its|his|her)\s+(\S+(?:\s+(?:au|du|de la|de)\s+\S+)?)\s+(\S.+)$/i.exec(text);
  if (match && personName(match[2])) {
    title(match[1]);
    person(match[2]);
    return out;
  }
  match = /^(?:son|sa|leur|le|la|its|his|her|the)\s+([^,]+)$/i.exec(text);
  if (match) {
    title(match[1]);
    return out;
  }
  match = /^([^,]+?)(?:,\s*([^,]+))?$/.exec(text) ?? /^([^,]+?),\s*([^,]+)/.exec(text);
  if (match) {
    person(match[1]);
    title(match[2]);
  }
  return out;
}

/** A person's name as signed: 2 to 5 capitalised words, civility left out. */
export function personName(value: string | undefined): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(CIVILITY, '')
    .replace(/[.,;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = cleaned.split(' ');
  const glued = words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}.'’-]*$/u.test(cleaned); // "RobertJ.Bose"
  if (!glued && (words.length < 2 || words.length > 5)) return null;
  const ok = words.every(
    (word) =>
      /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^(de|du|el|ben|bin|van|von|der|la|le|d'|al)$/i.test(word),
  );
  if (!ok || isTitle(cleaned) || /^(city|town|ward|district|county|mayor|maire)\b/i.test(cleaned))
    return null;
  return cleaned;
}
