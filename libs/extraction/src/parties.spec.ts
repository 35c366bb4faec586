import { countryIn, nationalityIn } from './countries';
import { parseDate } from './dates';
import { extractConvention } from './extract-convention';

type Party = Record<string, unknown>;
const read = (text: string) =>
  extractConvention(text, { termStarts: ['last_signature', 'after_approvals'] }).document;
const partiesOf = (text: string) => (read(text).parties ?? []) as Party[];
const FILLER =
  '\n\nIl est convenu ce qui suit :\n\nArticle 1 – Objet\n\nLes parties conviennent de développer des échanges culturels et scolaires entre leurs habitants.\n';
const EN_FILLER =
  '\n\nArticle 1\n\nThe two cities shall promote exchanges in culture, education and sports between their citizens.\n';

describe('countries', () => {
  it.each([
    ['la commune de segou (republique du mali)', 'ML'],
    ['hyogo prefecture, japan', 'JP'],
    ['british columbia, canada', 'CA'],
    ['republic of china (taiwan)', 'TW'],
    ['bosnia and herzegovina', 'BA'],
    ['california, united states of americacupertino', 'US'],
  ])('"%s" → %s', (text, code) => expect(countryIn(text)).toBe(code));

  it('reads neither "Niger" inside "Nigeria" nor a country in a party\'s own adjective', () => {
    expect(countryIn('lagos, nigeria')).toBe('NG');
    expect(countryIn("la federation francaise pour l'unesco")).toBeNull();
    expect(nationalityIn('la prefecture de blitta, collectivite territoriale togolaise')).toBe('TG');
  });
});

describe('parties introduced by "représenté par": layout and wording', () => {
  it('takes the name from the line above an address line ("Sise …")', () => {
    const [, mulhouse] = partiesOf(
      'CONVENTION CADRE\nENTRE\nLa Commune de Tiznit, représentée par son Président, M. Abdellah GHAZI\nET\nLa Ville de Mulhouse\nSise 2, rue Pierre et Marie Curie – 68100 Mulhouse – France Représentée par son Adjointe au Maire, Mme Claire DUPONT\nDénommée ci-après « Mulhouse »' +
        FILLER,
    );
    expect(mulhouse).toMatchObject({
      name: 'Mulhouse',
      level: 'commune',
      country: 'FR',
      representative: 'Claire DUPONT',
      representativeTitle: 'Adjointe au Maire',
    });
  });

  it('reads a quoted association name whose closing "»" is no delimiter', () => {
    const [, association] = partiesOf(
      "CONVENTION « VILLE – COMITE DE JUMELAGE »\n\nENTRE\n\nLa commune de Pontoise représentée par son Maire, monsieur Jean DUVAL, d'une part,\n\nET\n\nL'association dénommée « Amitiés sans frontières », association régie par la loi du 1er juillet 1901, dont le siège social est sis en la mairie, représentée par son Président, monsieur Paul MARTIN, d'autre part," +
        FILLER,
    );
    expect(association).toMatchObject({
      name: 'Amitiés sans frontières',
      level: 'other',
      representative: 'Paul MARTIN',
    });
  });

  it('takes the name written on the line before a blank line, without its acronym; a title in brackets', () => {
    const [first, second] = partiesOf(
      'CONVENTION DE PARTENARIAT\n\nentre\n\nl’Institut de Coopération pour le Développement en Afrique (ICD Afrique)\n\nreprésenté par Henri DALBIES (Président)\n\net\n\nla Fédération Française pour l’UNESCO (FFPU)\n\nreprésentée par Yves LOPEZ (Président)' +
        FILLER,
    );
    expect(first).toMatchObject({
      name: 'Institut de Coopération pour le Développement en Afrique',
      level: 'other',
      representative: 'Henri DALBIES',
      representativeTitle: 'Président',
    });
    expect(second).toMatchObject({
      name: 'Fédération Française pour l’UNESCO',
      representative: 'Yves LOPEZ',
    });
    expect(second.country).toBeUndefined();
  });

  it('reads "son Maire Jean Dupont" without a comma, a name going on at the next line, and stops at "selon"', () => {
    const [first, second] = partiesOf(
      "CONVENTION\n\nENTRE\nLa Commune de Vesoul, représentée par son Maire Alain CHRÉTIEN, d'une part,\nET\nLa Commune de BAGNERE§-de-BIGORRE, représentée par son Maire, M Claude\nCAZABAT, selon le mandat donné par délibération du Conseil Municipal en date du 3 mars 2015, d'autre part," +
        FILLER,
    );
    expect(first).toMatchObject({
      name: 'Vesoul',
      representative: 'Alain CHRÉTIEN',
      representativeTitle: 'Maire',
    });
    expect(second).toMatchObject({
      name: 'BAGNERES-de-BIGORRE',
      representative: 'Claude CAZABAT',
      deliberationOn: '2015-03-03',
    });
  });

  it('keeps a capital "La" of the name; a title alone ("le Président de son Conseil général")', () => {
    const [chapelle, savoie] = partiesOf(
      'CONVENTION\n\nEntre : La Commune de La Chapelle-Saint-Mesmin représentée par son Maire, Monsieur Nicolas BONNEAU, Et : Le Département de la Savoie, collectivité territoriale française, Représenté par le Président de son Conseil général. Préambule' +
        FILLER,
    );
    expect(chapelle.name).toBe('La Chapelle-Saint-Mesmin');
    expect(savoie).toMatchObject({
      name: 'Savoie',
      level: 'departement',
      country: 'FR',
      representativeTitle: 'Président du Conseil général',
    });
    expect(savoie.representative).toBeUndefined();
  });

  it('takes no blanked-out name ("Xx Xxxxx xx Xxxxx-Xxxxx") for a party', () => {
    const names = partiesOf(
      'CONVENTION CADRE\nENTRE\nLa Ville de Colmar\nSise 1 place de la Mairie Représentée par son Maire, M. Eric STRAUMANN\nET\nXx Xxxxx xx Xxxxx-Xxxxx\nSise 21 rue Xxxx Représentée par son Maire, M. Jean-Xxxxx XXXXXX\nET\nLa Ville de Sélestat, représentée par son Maire, M. Marcel BAUER' +
        FILLER,
    ).map((party) => party.name);
    expect(names).toEqual(['Colmar', 'Sélestat']);
  });

  it('reads a deliberation from the "Vu" list when it names one party', () => {
    const parties = partiesOf(
      'CONVENTION CADRE\nENTRE\nLe Conseil Général du Bas-Rhin, représenté par son Président, M. Guy-Dominique KENNEL\nET\nLa Ville de Mulhouse, représentée par son Maire, M. Jean ROTTNER\n▪ Vu la délibération du Conseil Général du Bas-Rhin du 04 mars 2013\n▪ Vu la délibération du Conseil municipal de la Ville de Mulhouse du' +
        FILLER,
    );
    expect(parties[0].deliberationOn).toBe('2013-03-04');
    expect(parties[1].deliberationOn).toBeUndefined();
  });
});

describe('parties named in the heading (no "représenté par")', () => {
  it('"the City of X in …, and the City of Y in …": names, levels, countries from where each stands', () => {
    const parties = partiesOf(
      'AGREEMENT FOR THE ESTABLISHMENT OF A SISTER CITY RELATIONSHIP\nBETWEEN\nTHE CITY OF MONTEBELLO AND THE CITY OF ASHIYA\n\nThe City of Montebello in the State of California, the United States of America, and the City of Ashiya in Hyogo Prefecture, Japan, shall strive for cultural and industrial exchanges.' +
        EN_FILLER,
    );
    expect(parties).toMatchObject([
      { name: 'MONTEBELLO', level: 'commune', country: 'US' },
      { name: 'ASHIYA', level: 'commune', country: 'JP' },
    ]);
  });

  it('"X City … and Y County", places on the next lines; a "district" gets no level', () => {
    const parties = partiesOf(
      'MEMORANDUM OF UNDERSTANDING\nBETWEEN KOMAKI CITY IN AICHI PREFECTURE OF JAPAN\nAND\nGRANT COUNTY IN THE STATE OF WASHINGTON\nIN THE UNITED STATES OF AMERICA\n\nThe parties hereby express their desire.' +
        EN_FILLER,
    );
    expect(parties).toMatchObject([
      { name: 'KOMAKI CITY', level: 'commune', country: 'JP' },
      { name: 'GRANT COUNTY', level: 'other', country: 'US' },
    ]);
    const districts = partiesOf(
      'FRIENDSHIP AGREEMENT\nBETWEEN\nSHIMADA CITY AND TIMARU DISTRICT\nThe two districts hereby agree.\n\nArticle 1\n\nThey exchange pupils.\n',
    );
    expect(districts[1].name).toBe('TIMARU DISTRICT');
    expect(districts[1].level).toBeUndefined();
  });

  it('bare names after "between", and two names sharing "Cities"', () => {
    expect(
      partiesOf(
        'Agreement on the Establishment of a Friendship City Designation between Taichung, Republic of China (Taiwan) and Cupertino, California, United States of America\nThe parties agree.' +
          EN_FILLER,
      ),
    ).toMatchObject([
      { name: 'Taichung', country: 'TW' },
      { name: 'Cupertino', country: 'US' },
    ]);
    expect(
      partiesOf(
        'SISTER CITY AGREEMENT\nWe, the undersigned mayors of Muntinlupa and Takasaki Cities, mutually agree to establish a sister-city relationship.' +
          EN_FILLER,
      ),
    ).toMatchObject([
      { name: 'Muntinlupa', level: 'commune' },
      { name: 'Takasaki', level: 'commune' },
    ]);
  });

  it('"X, d\'une part, et Y, d\'autre part"', () => {
    expect(
      partiesOf(
        'CONVENTION CADRE RELATIVE A LA COOPERATION DECENTRALISEE\n\nLe Gouvernement de la République française, d’une part, et Le Gouvernement de la République du Cameroun, d’autre part,\n\nsont convenus des dispositions suivantes:' +
          FILLER,
      ),
    ).toMatchObject([
      { name: 'Gouvernement de la République française', country: 'FR' },
      { name: 'Gouvernement de la République du Cameroun', country: 'CM' },
    ]);
  });
});

describe('who signs, and when', () => {
  const HEAD =
    'SISTER CITY AGREEMENT\n\nThe City of Muntinlupa, Philippines, and the City of Takasaki, Japan, mutually agree to establish a sister-city relationship.\n';

  it('reads a table of signatures ("A | B |") and its countries, and the date with its year in words', () => {
    const document = read(
      'SISTER CITY AGREEMENT\nWe,the undersigned mayors of Muntinlupa and Takasaki Cities,mutually agree to establish a sister-city relationship.\nSigned this 28th day of October,Two Thousand and Six.\nJaime R.Fresnedi,Mayor | Yukio Matsuura,Mayor |\nCity of Muntinlupa | City of Takasaki |\nRepublic of the Philippines | Gunma Prefecture,Japan |',
    );
    expect(document.parties).toMatchObject([
      {
        name: 'Muntinlupa',
        country: 'PH',
        representative: 'Jaime R.Fresnedi',
        representativeTitle: 'Mayor',
        signedOn: '2006-10-28',
      },
      {
        name: 'Takasaki',
        country: 'JP',
        representative: 'Yukio Matsuura',
        representativeTitle: 'Mayor',
        signedOn: '2006-10-28',
      },
    ]);
  });

  it('reads two columns set apart by spaces; a proxy is a representative without a title', () => {
    const parties = partiesOf(
      `${HEAD}Dated this 20th day of April,in the year 1989.\n\nElaine Kirchner               Kiyoshi Utsumi\n\nProxy of Mayor of Muntinlupa        Mayor of the City of Takasaki\n\nChairman of Sister‐City Committee     Gunma Prefecture,Japan\n`,
    );
    expect(parties[0]).toMatchObject({ representative: 'Elaine Kirchner', signedOn: '1989-04-20' });
    expect(parties[0].representativeTitle).toBeUndefined();
    expect(parties[1]).toMatchObject({ representative: 'Kiyoshi Utsumi', representativeTitle: 'Mayor' });
  });

  it('reads "Name, Mayor⏎City, Country" and "the mayor of X, Name,"', () => {
    expect(partiesOf(`${HEAD}\nShizuo Yamashita, Mayor\nCity of Takasaki, Japan\n`)[1]).toMatchObject({
      representative: 'Shizuo Yamashita',
      representativeTitle: 'Mayor',
    });
    expect(
      partiesOf(
        `The mayor of Muntinlupa, Jaime Fresnedi, and the mayor of Takasaki, Yukio Matsuura, signed it.\n${HEAD}`,
      )[0],
    ).toMatchObject({ representative: 'Jaime Fresnedi', representativeTitle: 'Mayor' });
  });

  it('reads a title "of" the party under its signatory\'s name', () => {
    const [antony, taroudant] = partiesOf(
      'CONVENTION DE PARTENARIAT\n\nEntre :\nAntony, représentée par Jean-Yves SENANT\nEt\n\nTaroudant, représentée par : Abdellatif OUAHBI\n\nIL EST CONVENU CE QUI SUIT :\n\nArticle 1\n\nLes villes échangent.\n\nJean-Yves SENANT Abdellatif OUAHBI\n(Maire d’Antony) Président du Conseil Communal de Taroudant\n',
    );
    expect(antony.representativeTitle).toBe('Maire');
    expect(taroudant.representativeTitle).toBe('Président du Conseil Communal');
  });

  it('reads a date of signature labelled as such, and an entry into force', () => {
    const document = read(
      'Signature 20/11/1990\n\nEntrée en vigueur de la Convention cadre relative à la coopération décentralisée franco-camerounaise: 20 novembre 1990. Conditions de durée: cinq ans renouvelable par tacite reconduction.\n\nCONVENTION CADRE\n\nLe Gouvernement de la République française, d’une part, et Le Gouvernement de la République du Cameroun, d’autre part,\n\nsont convenus:' +
        FILLER,
    );
    expect(document).toMatchObject({
      effectiveOn: '1990-11-20',
      parties: [{ signedOn: '1990-11-20' }, { signedOn: '1990-11-20' }],
      clauses: { term: { durationMonths: 60 }, renewal: { mode: 'tacit' } },
    });
  });

  it('takes no entry into force from a sentence that only mentions it', () => {
    expect(
      read(
        "CONVENTION\n\nEntre la Ville de Dijon, représentée par son Maire, et la ville de Chefchaouen, représentée par son Président.\n\nArticle 9\n\nL'entrée en vigueur de la convention est subordonnée à sa transmission au préfet, la convention ayant été signée le 2 mars 2020.",
      ).effectiveOn,
    ).toBeUndefined();
  });

  it('years in words, and an "in the year" date', () => {
    expect(parseDate('28th day of october,two thousand and six')).toBe('2006-10-28');
    expect(parseDate('20th day of april,in the year 1989')).toBe('1989-04-20');
    expect(parseDate('1st day of may, nineteen hundred and eighty-nine')).toBe('1989-05-01');
    expect(parseDate('31st day of february, two thousand and one')).toBeNull();
  });
});

describe('instrument and committee', () => {
  it.each([
    ['CONVENTION « VILLE DE LES MARCHES – COMITE DE JUMELAGE »', 'other'],
    ['CONVENTION ENTRE LA COMMUNE DE PONTOISE ET SON COMITE DE JUMELAGE', 'other'],
    [
      'The mayors signed an Agreement on establishing friendly relations between the two cities.',
      'pacte_amitie',
    ],
    [
      'COVENANT\n\nKoto Ward and Surrey do hereby pledge to co-operate with each other as Sister Cities.',
      'jumelage',
    ],
  ])('"%s" → %s', (heading, instrument) => {
    expect(read(`${heading}\n${FILLER}`).instrument).toBe(instrument);
  });

  it('takes no committee the convention is only "dans le cadre de"', () => {
    const clauses = (read(
      'CONVENTION CADRE\n\nArticle 1er\n\nIl est institué dans le cadre de la grande commission mixte franco-camerounaise une sous-commission bilatérale de liaison.\n',
    ).clauses ?? {}) as Record<string, unknown>;
    expect(clauses.committee).toBeUndefined();
  });
});

describe('lines a PDF wrapped', () => {
  const wrap = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let current = '';
        for (const word of line.split(' ')) {
          if (current && `${current} ${word}`.length > width) {
            out.push(current);
            current = word;
          } else current = current ? `${current} ${word}` : word;
        }
        out.push(current);
        return out.join('\n');
      })
      .join('\n');
  const TEXT =
    "CONVENTION DE COOPERATION DECENTRALISEE\n\nEntre les soussignés\n\nLa Ville de Fleurieu-sur-Saône (France), représentée par son Maire, Monsieur Hubert GUIMET, agissant en vertu d'une délibération du Conseil Municipal en date du 14 décembre 2015,\n\nET\n\nL’Institut Régional de Coopération Développement- Alsace\nSis à l’Espace Nord-Sud, 17 rue de Boston, 67000 Strasbourg – France Représenté par son Président, Monsieur Jean-Marie BOCKEL,\n\nIl est convenu ce qui suit :\n\nArticle 1 – Objet\n\nLes parties conviennent de développer des échanges.\n";

  it.each([200, 70, 60])('reads the same parties at %i columns', (width) => {
    expect(partiesOf(wrap(TEXT, width))).toMatchObject([
      {
        name: 'Fleurieu-sur-Saône',
        country: 'FR',
        representative: 'Hubert GUIMET',
        representativeTitle: 'Maire',
        deliberationOn: '2015-12-14',
      },
      {
        name: 'Institut Régional de Coopération Développement- Alsace',
        level: 'other',
        representative: 'Jean-Marie BOCKEL',
        representativeTitle: 'Président',
      },
    ]);
  });

  it('reads an instrument whose words a wrap cut ("accord de⏎coopération"), not a press release\'s mention', () => {
    expect(
      read(
        'Contexte :\n\nLa législation permet aux collectivités de signer un accord de\ncoopération.\n\nArticle 4\n\nCet accord de coopération est conclu pour une durée indéterminée.',
      ).instrument,
    ).toBe('accord_cooperation');
    expect(
      read(
        "Communiqué de presse\n\nDate : 10/03/2023\n\nLa Ville de Chambéry initie une coopération.\n\nNouvelles du jour, suite.\n\nAutres nouvelles encore.\n\nEt encore.\n\nLa signature officielle de\nl'accord de coopération entre les deux villes devrait avoir lieu à l'automne.",
      ).instrument,
    ).toBeUndefined();
  });

  it('takes no "Article L 1115-1" a wrap brought to a line start for an article heading', () => {
    const document = read(
      'CONVENTION CADRE\nENTRE\nLa Ville de Mulhouse, représentée par son Maire, M. Jean ROTTNER\nET\nLa Commune de Tiznit, représentée par son Président, M. Abdellah GHAZI\n▪ Vu le Code Général des Collectivités Territoriales, Chapitre V,\nArticle L 1115-1 relatif à la Coopération décentralisée ;\n▪ Vu la délibération du Conseil municipal de la Ville de Mulhouse du 12 mars 2013\n\nArticle 1 – Objet\n\nLes parties coopèrent.',
    );
    expect((document.parties as Party[])[0].deliberationOn).toBe('2013-03-12');
  });
});

describe('what the text says both parties are', () => {
  it('"the two cities": both communes, when no mention gave a level', () => {
    const text =
      'Agreement between Taichung, Republic of China (Taiwan) and Cupertino, California, United States of America\nThe two cities agree to promote exchanges.' +
      EN_FILLER;
    expect(partiesOf(text).map((party) => party.level)).toEqual(['commune', 'commune']);
    const silent =
      'Agreement between Taichung, Republic of China (Taiwan) and Cupertino, California, United States of America\nThe parties agree to promote exchanges.\n';
    expect(partiesOf(silent).map((party) => party.level)).toEqual([undefined, undefined]);
  });
});
