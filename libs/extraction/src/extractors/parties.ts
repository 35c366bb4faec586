import { DATE } from '../dates';
import { Reading } from '../reading';
import { buildTextView, foldForCompare } from '../text-view';

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
    /^(?:commune urbaine|commune rurale|commune|ville|municipalite|conseil communal|conseil municipal|city|town|municipality|borough|municipal council|city council)\b/,
    'commune',
  ],
  [/^(?:county|district)\b/, 'other'],
];
/** "L'association dénommée « Jumelage en Marches »": the name is the quoted one. */
const ASSOCIATION =
  /^(?:(?:l'|la |le |the )?(?:association|federation|comite|committee|association loi 1901)\b)/;
const COUNTRIES: Array<[RegExp, string]> = [
  [/\b(france|french republic|republique francaise)\b/, 'FR'],
  [/\b(maroc|morocco|royaume du maroc|kingdom of morocco)\b/, 'MA'],
  [/\b(senegal)\b/, 'SN'],
  [/\b(mali)\b/, 'ML'],
  [/\b(burkina faso)\b/, 'BF'],
  [/\b(tunisie|tunisia)\b/, 'TN'],
  [/\b(algerie|algeria)\b/, 'DZ'],
  [/\b(benin)\b/, 'BJ'],
  [/\b(niger)\b/, 'NE'],
  [/\b(madagascar)\b/, 'MG'],
  [/\b(liban|lebanon)\b/, 'LB'],
  [/\b(allemagne|germany)\b/, 'DE'],
  [/\b(espagne|spain)\b/, 'ES'],
  [/\b(italie|italy)\b/, 'IT'],
  [/\b(belgique|belgium)\b/, 'BE'],
  [/\b(quebec|canada)\b/, 'CA'],
  [/\b(royaume-uni|united kingdom|england|scotland|wales)\b/, 'GB'],
  [/\b(ireland|irlande)\b/, 'IE'],
  [/\b(pologne|poland)\b/, 'PL'],
  [/\b(japon|japan)\b/, 'JP'],
  [/\b(chine|china|people's republic of china)\b/, 'CN'],
  [/\b(etats-unis|united states|usa|u\.s\.a)\b/, 'US'],
  [/\b(vietnam|viet nam)\b/, 'VN'],
  [/\b(haiti)\b/, 'HT'],
  [/\b(cameroun|cameroon)\b/, 'CM'],
  [/\b(cote d'ivoire|ivory coast)\b/, 'CI'],
  [/\b(ukraine)\b/, 'UA'],
  [/\b(palestine)\b/, 'PS'],
  [/\b(israel)\b/, 'IL'],
  [/\b(armenie|armenia)\b/, 'AM'],
  [/\b(roumanie|romania)\b/, 'RO'],
  [/\b(portugal)\b/, 'PT'],
];
const TITLES =
  /^(maire|president(?:e)?(?: du conseil (?:communal|municipal|provincial|regional|departemental))?|adjoint(?:e)? au maire|premier(?:e)? adjoint(?:e)?|gouverneur|prefet|mayor|lord mayor|president|chairman|chairperson|chair|governor|leader(?: of the council)?|first deputy mayor|deputy mayor|vice-president(?:e)?|bourgmestre|burgomaster)$/;
const CIVILITY =
  /^(?:monsieur|madame|mademoiselle|m\.?|mme\.?|mlle\.?|mr\.?|mrs\.?|ms\.?|dr\.?|son excellence|his excellency|her excellency|h\.e\.)\s+/i;
const SEGMENT_START =
  /(?:\n[ \t]*\n|\n[ \t]*(?:et|and)\b[ \t,:]*|\b(?:entre|between)\b(?:\s+les soussignes|\s+the undersigned)?(?:\s*,\s*d'une part)?\s*[:,]?|d'une part\s*,?|d'autre part\s*,?|(?:^|\s)et,|[»>•;]|\n[ \t]*-\s|\bof the one part\b|\bof the other part\b)/gi;
const REPRESENTED = /\b(representee?s?|represente par|represented by|represente)\b\s*(?:par\b)?\s*:?\s*/g;
const REPRESENTATIVE_END =
  /\s*(?:\b(?:agissant|en vertu|dument|ci-apres|d'une part|d'autre part|hereinafter|acting|pursuant|duly|conformement|habilite|autorise)\b|\n[ \t]*\n|\n[ \t]*(?:et|and)\b|;|\.\s*(?:\n|$))/i;

interface PartyDraft {
  name: string;
  level?: string;
  country?: string;
  representative?: string;
  representativeTitle?: string;
  deliberationOn?: string;
  start: number;
  end: number;
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Parties: "La commune de X (France), représentée par son Maire, Monsieur Y, … délibération … du D". */
export function readParties(reading: Reading): PartyDraft[] {
  const text = reading.text;
  const firstArticle = reading.articles.find((article) => article.start > 200);
  const limit = Math.min(text.length, firstArticle ? firstArticle.start : 12000, 15000);
  const head = text.slice(0, limit);
  const headView = buildTextView(head, { dropFurniture: false });
  const drafts: PartyDraft[] = [];

  for (const match of headView.norm.matchAll(REPRESENTED)) {
    const at = headView.map[match.index];
    const after = headView.map[match.index + match[0].length] ?? head.length;
    // The party's words: back to the previous delimiter.
    const before = head.slice(Math.max(0, at - 300), at);
    let segmentStart: number = Math.max(0, at - 300);
    for (const delimiter of before.matchAll(SEGMENT_START))
      segmentStart = Math.max(0, at - 300) + delimiter.index + delimiter[0].length;
    // A party usually starts its own line: "LA VILLE D'ANGOULEME, représentée par …".
    const lastBreak = head.lastIndexOf('\n', at - 1);
    if (lastBreak >= segmentStart && head.slice(lastBreak + 1, at).trim().length >= 2)
      segmentStart = lastBreak + 1;
    const segment = head.slice(segmentStart, at).replace(/[\s,]+$/, '');
    // "… sis Hôtel de Ville de X, 28 place des Vignaux 65200 X, représentée par …": an address, not a party's name.
    if (/\b\d{5}\b|\b(sis|sise|siege|place|rue|avenue|boulevard)\b/i.test(segment.split(',')[1] ?? ''))
      continue;
    const party = parseParty(segment);
    if (!party) continue;

    const tail = head.slice(after, after + 300);
    const endMatch = REPRESENTATIVE_END.exec(tail);
    const representativeText = (endMatch ? tail.slice(0, endMatch.index) : tail.split('\n')[0]).trim();
    Object.assign(party, parseRepresentative(representativeText));

    // The paragraph of this party: up to a blank line, the next party or the end of its sentence.
    const paragraphTail = head.slice(after, after + 600);
    const stop = /\n[ \t]*\n|\n[ \t]*(?:et|and)\b|\b(?:d'une part|d'autre part)\b|[»>•;]|[^A-Z.]\.\s/i.exec(
      paragraphTail,
    );
    const end =
      after +
      (stop
        ? stop.index + (stop[0].startsWith('.') || /^[^\s]\./.test(stop[0]) ? 2 : 0)
        : Math.min(paragraphTail.length, representativeText.length));
    const paragraph = foldForCompare(head.slice(segmentStart, end));
    for (const [pattern, code] of COUNTRIES) {
      if (pattern.test(foldForCompare(segment)) || pattern.test(paragraph.slice(0, 400))) {
        party.country = code;
        break;
      }
    }
    const deliberation = new RegExp(
      `deliberation[^;]{0,160}?(?:en date du|du|le|of|dated)\\s+(${DATE})`,
    ).exec(paragraph);
    if (deliberation) party.deliberationOn = reading.parseDateText(deliberation[1]) ?? undefined;
    while (segmentStart < at && /\s/.test(text[segmentStart])) segmentStart++;
    party.start = segmentStart;
    party.end = Math.max(end, at + 1);
    while (party.end > party.start && /[\s,]/.test(text[party.end - 1])) party.end--;
    if (!drafts.some((draft) => foldForCompare(draft.name) === foldForCompare(party.name)))
      drafts.push(party);
  }

  // "ENTRE ANGOULEME (FRANCE) et SEGOU (REPUBLIQUE DU MALI)": a country the heading gives after the name.
  const foldedHead = foldForCompare(head.slice(0, 3000));
  for (const party of drafts) {
    if (party.country) continue;
    const name = foldForCompare(party.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bracket = new RegExp(`${name}[^()]{0,45}\\(([^)]{2,40})\\)`).exec(foldedHead);
    if (!bracket) continue;
    const country = COUNTRIES.find(([pattern]) => pattern.test(bracket[1]));
    if (country) party.country = country[1];
  }

  drafts.forEach((party, index) => {
    const add = (field: string, value: unknown, confidence: number) =>
      reading.add(`parties[${index}].${field}`, value, party.start, party.end, confidence);
    add('name', party.name, 0.88);
    if (party.level) add('level', party.level, 0.82);
    if (party.country) add('country', party.country, 0.9);
    else reading.warn('country_not_stated', `parties[${index}].country`);
    if (party.representative) add('representative', party.representative, 0.86);
    if (party.representativeTitle) add('representativeTitle', party.representativeTitle, 0.84);
    if (party.deliberationOn) add('deliberationOn', party.deliberationOn, 0.9);
  });
  return drafts;
}

function parseParty(segment: string): PartyDraft | null {
  const view = buildTextView(segment, { dropFurniture: false });
  if (ASSOCIATION.test(view.norm)) {
    const quoted = /(?:denommee?|appelee?|named|called)\s*"\s*([^"]{2,80}?)\s*"/.exec(view.norm);
    if (quoted) {
      const from = view.map[quoted.index + quoted[0].indexOf(quoted[1])];
      const to = view.map[quoted.index + quoted[0].indexOf(quoted[1]) + quoted[1].length - 1] + 1;
      return { name: segment.slice(from, to).trim(), level: 'other', start: 0, end: 0 };
    }
    const bare = /^(?:l'|la |le |the )?association\s+(?:de jumelage\s+)?/.exec(view.norm);
    const rest = segment
      .slice(bare ? (view.map[bare[0].length] ?? 0) : 0)
      .replace(/\s+/g, ' ')
      .replace(/[,\s]+$/, '')
      .trim();
    if (rest && rest.length <= 80 && /^\p{Lu}/u.test(rest) && !/\.\.\./.test(rest))
      return { name: rest, level: 'other', start: 0, end: 0 };
    return null;
  }
  let norm = view.norm;
  let offset = 0;
  const article = /^(?:(?:la|le|les|l'|the)\s*)/.exec(norm);
  if (article) offset = article[0].length;
  let level: string | undefined;
  let nameStart = offset;
  const rest = norm.slice(offset);
  for (const [pattern, code] of LEVELS) {
    const match = pattern.exec(rest);
    if (match) {
      level = code;
      const connector = /^\s*(?:de la\b|de l'|des\b|du\b|de\b|d'|of\b)\s*/.exec(rest.slice(match[0].length));
      nameStart = offset + match[0].length + (connector ? connector[0].length : 0);
      if (
        !connector &&
        code === 'commune' &&
        /^(city|town|borough|municipal council|city council)/.test(match[0])
      ) {
        // "X City Council" reads the other way round; handled below.
      }
      break;
    }
  }
  norm = norm.slice(nameStart);
  const cut =
    /\s*(?:\(|,|\ben\s+(?:france|maroc)\b|\bau maroc\b|\bsise?\b|\bsituee?\b|\bdont le siege\b|$)/.exec(norm);
  const nameEnd = nameStart + (cut ? cut.index : norm.length);
  const [start, end] = [view.map[nameStart] ?? 0, (view.map[Math.max(nameStart, nameEnd - 1)] ?? 0) + 1];
  let name = segment.slice(start, end).replace(/\s+/g, ' ').trim();
  name = name.replace(/^[«"“]\s*|\s*[»"”]$/g, '');
  if (!name || name.length > 80 || !/^\p{Lu}/u.test(name) || /\d{3,}/.test(name)) return null;
  if (name.split(' ').length > 8) return null;
  return { name, ...(level ? { level } : {}), start: 0, end: 0 };
}

function parseRepresentative(raw: string): Pick<PartyDraft, 'representative' | 'representativeTitle'> {
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
      .trim();
    if (TITLES.test(foldForCompare(cleaned))) out.representativeTitle = capitalize(cleaned);
  };
  const person = (value: string | undefined) => {
    if (!value) return;
    const cleaned = value
      .replace(CIVILITY, '')
      .replace(/[.,;]+$/, '')
      .trim();
    const words = cleaned.split(' ');
    if (words.length < 2 || words.length > 5) return;
    if (
      !words.every(
        (word) =>
          /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^(de|du|el|ben|bin|van|von|der|la|le|d'|al)$/i.test(word),
      )
    )
      return;
    out.representative = cleaned;
  };
  let match = /^(?:son|sa|leur|le|la|its|his|her|the)\s+([^,]+?),\s*([^,]+)/i.exec(text);
  if (match) {
    title(match[1]);
    person(match[2]);
    return out;
  }
  match = /^([^,]+?)(?:,\s*([^,]+))?$/.exec(text) ?? /^([^,]+?),\s*([^,]+)/.exec(text);
  if (match) {
    person(match[1]);
    title(match[2]);
  }
  return out;
}
