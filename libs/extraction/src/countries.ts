/**
 * Countries as conventions name them, French and English, in the folded view (lower case, no
 * accents): the ISO 3166-1 alpha-2 code of a name, a "République du X" or a nationality adjective
 * ("collectivité territoriale togolaise"). Only what the text names: a town's country is never
 * guessed from the town.
 */
const NAMES: Array<[string, string]> = [
  ['FR', 'france|french republic|republique francaise'],
  ['MA', 'maroc|morocco|royaume du maroc|kingdom of morocco'],
  ['SN', 'senegal'],
  ['ML', 'mali'],
  ['BF', 'burkina faso'],
  ['TN', 'tunisie|tunisia'],
  ['DZ', 'algerie|algeria'],
  ['BJ', 'benin'],
  ['NE', 'niger'],
  ['TG', 'togo'],
  ['CM', 'cameroun|cameroon'],
  ['CI', "cote d'ivoire|ivory coast"],
  ['GN', 'guinee|guinea'],
  ['MR', 'mauritanie|mauritania'],
  ['TD', 'tchad'],
  ['GA', 'gabon'],
  ['CG', 'congo'],
  ['CD', 'republique democratique du congo|democratic republic of the congo'],
  ['MG', 'madagascar'],
  ['HT', 'haiti'],
  ['LB', 'liban|lebanon'],
  ['PS', 'palestine'],
  ['IL', 'israel'],
  ['DE', "allemagne|germany|republique federale d'allemagne|federal republic of germany"],
  ['ES', 'espagne|spain'],
  ['IT', 'italie|italy'],
  ['BE', 'belgique|belgium'],
  ['CH', 'suisse|switzerland'],
  ['LU', 'luxembourg'],
  ['NL', 'pays-bas|netherlands|the netherlands'],
  ['PT', 'portugal'],
  ['GB', 'royaume-uni|united kingdom|great britain|england|scotland|wales|angleterre|ecosse|pays de galles'],
  ['IE', 'ireland|irlande'],
  ['PL', 'pologne|poland'],
  ['CZ', 'republique tcheque|czech republic|czechia'],
  ['SK', 'slovaquie|slovakia'],
  ['HU', 'hongrie|hungary'],
  ['AT', 'autriche|austria'],
  ['RO', 'roumanie|romania'],
  ['BG', 'bulgarie|bulgaria'],
  ['GR', 'grece|greece'],
  ['HR', 'croatie|croatia'],
  ['SI', 'slovenie|slovenia'],
  ['RS', 'serbie|serbia'],
  ['BA', 'bosnie-herzegovine|bosnia and herzegovina|bosnia-herzegovina'],
  ['UA', 'ukraine'],
  ['MD', 'moldavie|moldova'],
  ['AM', 'armenie|armenia'],
  ['GE', 'georgie|republic of georgia'],
  ['RU', 'russie|russia|russian federation|federation de russie'],
  ['TR', 'turquie|turkey|turkiye'],
  ['DK', 'danemark|denmark'],
  ['SE', 'suede|sweden'],
  ['NO', 'norvege|norway'],
  ['FI', 'finlande|finland'],
  ['EE', 'estonie|estonia'],
  ['LV', 'lettonie|latvia'],
  ['LT', 'lituanie|lithuania'],
  ['CA', 'canada|quebec'],
  ['US', "etats-unis|etats-unis d'amerique|united states|united states of america|usa|u\\.s\\.a\\.?"],
  ['MX', 'mexique|mexico'],
  ['BR', 'bresil|brazil'],
  ['AR', 'argentine|argentina'],
  ['CL', 'chili|chile'],
  ['PE', 'perou|peru'],
  ['CO', 'colombie|colombia'],
  ['CU', 'cuba'],
  ['NI', 'nicaragua'],
  ['JP', 'japon|japan'],
  ['CN', "chine|china|people's republic of china|republique populaire de chine"],
  ['TW', 'taiwan|republic of china'],
  ['KR', 'coree du sud|south korea|republic of korea|republique de coree'],
  ['VN', 'vietnam|viet nam'],
  ['KH', 'cambodge|cambodia'],
  ['LA', 'laos'],
  ['TH', 'thailande|thailand'],
  ['PH', 'philippines|republic of the philippines'],
  ['ID', 'indonesie|indonesia'],
  ['MY', 'malaisie|malaysia'],
  ['IN', 'inde|india'],
  ['PK', 'pakistan'],
  ['BD', 'bangladesh'],
  ['NP', 'nepal'],
  ['LK', 'sri lanka'],
  ['AU', 'australie|australia'],
  ['NZ', 'nouvelle-zelande|new zealand'],
  ['EG', 'egypte|egypt'],
  ['ZA', 'afrique du sud|south africa'],
  ['KE', 'kenya'],
  ['ET', 'ethiopie|ethiopia'],
  ['GH', 'ghana'],
  ['NG', 'nigeria'],
  ['RW', 'rwanda'],
  ['BI', 'burundi'],
  ['CV', 'cap-vert|cape verde|cabo verde'],
  ['KM', 'comores|comoros'],
  ['DJ', 'djibouti'],
  ['MU', 'ile maurice|mauritius'],
  ['JO', 'jordanie|jordan'],
  ['IQ', 'irak|iraq'],
  ['IR', 'iran'],
];

/** Nationality adjectives, read only after "collectivité (territoriale|locale)": a name may carry one. */
const ADJECTIVES: Array<[string, string]> = [
  ['FR', 'francaise'],
  ['MA', 'marocaine'],
  ['SN', 'senegalaise'],
  ['ML', 'malienne'],
  ['BF', 'burkinabe'],
  ['TN', 'tunisienne'],
  ['DZ', 'algerienne'],
  ['BJ', 'beninoise'],
  ['NE', 'nigerienne'],
  ['TG', 'togolaise'],
  ['CM', 'camerounaise'],
  ['CI', 'ivoirienne'],
  ['GN', 'guineenne'],
  ['MR', 'mauritanienne'],
  ['TD', 'tchadienne'],
  ['GA', 'gabonaise'],
  ['CG', 'congolaise'],
  ['MG', 'malgache'],
  ['HT', 'haitienne'],
  ['LB', 'libanaise'],
  ['PS', 'palestinienne'],
  ['DE', 'allemande'],
  ['IT', 'italienne'],
  ['BE', 'belge'],
  ['ES', 'espagnole'],
  ['PT', 'portugaise'],
  ['PL', 'polonaise'],
  ['RO', 'roumaine'],
  ['UA', 'ukrainienne'],
  ['VN', 'vietnamienne'],
];
const NATIONALITY = new RegExp(
  `\\bcollectivite (?:territoriale |locale )?(${ADJECTIVES.map(([, adjective]) => adjective).join('|')})\\b`,
);

/** Longest names first: "république démocratique du Congo" before "Congo", "Guinée-Bissau" before "Guinée". */
const ALL = NAMES.flatMap(([code, names]) =>
  names.split('|').map((name) => [name, code] as [string, string]),
).sort((a, b) => b[0].length - a[0].length);
const PATTERN = new RegExp(`(?<![\\p{L}-])(${ALL.map(([name]) => name).join('|')})(?![\\p{L}-])`, 'u');
const CODES = new Map(ALL.map(([name, code]) => [name.replace(/\\/g, ''), code]));

/** The country a folded text names first, or null. "Niger" is not read inside "Nigeria". */
export function countryIn(folded: string): string | null {
  const match = PATTERN.exec(folded);
  if (!match) return null;
  return CODES.get(match[1]) ?? CODES.get(match[1].replace(/\.$/, '')) ?? null;
}

/** "collectivité territoriale togolaise" → TG. */
export function nationalityIn(folded: string): string | null {
  const match = NATIONALITY.exec(folded);
  return match ? (ADJECTIVES.find(([, adjective]) => adjective === match[1])?.[0] ?? null) : null;
}

/** Every country a folded text names, in order. */
export function countriesIn(folded: string): string[] {
  const out: string[] = [];
  const global = new RegExp(PATTERN.source, 'gu');
  for (const match of folded.matchAll(global)) {
    const code = CODES.get(match[1]) ?? CODES.get(match[1].replace(/\.$/, ''));
    if (code) out.push(code);
  }
  return out;
}
