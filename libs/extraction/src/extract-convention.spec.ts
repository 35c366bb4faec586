import fc from 'fast-check';
import { extractConvention } from './extract-convention';
import { numberValue } from './numbers';
import { parseDate } from './dates';

/** A French convention around one article: the extractor sees a real layout. */
function convention(article: string, heading = 'Durée'): string {
  return [
    'CONVENTION DE PARTENARIAT',
    '',
    'Entre la Ville de Dijon (France), représentée par son Maire, Monsieur François Rebsamen,',
    '',
    'Et la ville de Chefchaouen (Maroc), représentée par Monsieur Mohamed Sefiani, Maire en exercice.',
    '',
    'Il est convenu ce qui suit',
    '',
    `Article 7 – ${heading}`,
    '',
    article,
    '',
  ].join('\n');
}
const clausesOf = (text: string) =>
  (extractConvention(text).document.clauses ?? {}) as Record<string, Record<string, unknown>>;

describe('extractConvention: the term (durée)', () => {
  it.each([
    ['La présente convention est conclue pour une durée de 2 ans.', 24],
    ['La présente convention est conclue pour une durée de deux (2) ans.', 24],
    ['La présente convention est conclue pour une durée de (3) trois ans.', 36],
    ['La convention est consentie pour une période de trois années.', 36],
    ['La présente convention est valable pour une durée de douze (12) mois.', 12],
    ['Elle est signée pour une durée de cinq ans à compter de sa signature.', 60],
    ['La présente convention est conclue pour une durée de quatre-vingt-dix mois.', 90],
  ])('"%s" → %i months', (sentence, months) => {
    expect(clausesOf(convention(sentence)).term.durationMonths).toBe(months);
  });

  it('reads an English term', () => {
    const text =
      'TWINNING AGREEMENT\n\nArticle 7 - Term\n\nThis agreement shall remain in force for a period of 5 years from the date of its signature.';
    expect(clausesOf(text).term).toMatchObject({ durationMonths: 60, start: 'last_signature' });
  });

  it('reads an indefinite term, and no duration for it', () => {
    const term = clausesOf(
      convention("L'accord de coopération est conclu pour une durée indéterminée."),
    ).term;
    expect(term).toMatchObject({ indefinite: true });
    expect(term.durationMonths).toBeUndefined();
  });

  it.each([
    [
      'La présente convention est conclue pour une durée de 2 ans à compter de sa signature.',
      'last_signature',
      undefined,
    ],
    [
      'La présente convention est signée pour une durée de 2 ans a compter du 2 février 2024.',
      'fixed_date',
      '2024-02-02',
    ],
    [
      'La présente convention entre en vigueur à la date de sa signature par les parties, pour une durée de 3 ans.',
      'last_signature',
      undefined,
    ],
    [
      'This agreement shall enter into force upon signature and remain valid for a period of three years.',
      'last_signature',
      undefined,
    ],
  ])('start rule of "%s"', (sentence, start, startDate) => {
    const term = clausesOf(convention(sentence)).term;
    expect(term.start).toBe(start);
    expect(term.startDate).toBe(startDate);
  });

  it('does not take a renewal period or a notice for the term', () => {
    const text = convention(
      'La convention est renouvelable par tacite reconduction pour une durée de 3 ans. Elle peut être dénoncée à tout moment avec un préavis de trois mois.',
    );
    expect(clausesOf(text).term).toBeUndefined();
    expect(clausesOf(text).renewal).toMatchObject({ mode: 'tacit', periodMonths: 36 });
  });

  it('never guesses: a duration without a start leaves the start out, with a warning', () => {
    const result = extractConvention(
      convention('La présente convention est conclue pour une durée de 3 ans.'),
    );
    const term = (result.document.clauses as Record<string, Record<string, unknown>>).term;
    expect(term.durationMonths).toBe(36);
    expect(term.start).toBeUndefined();
    expect(result.warnings).toContainEqual({ code: 'term_start_not_stated', field: 'clauses.term.start' });
  });
});

describe('extractConvention: renewal and notice (reconduction, préavis)', () => {
  it.each([
    ['Elle est renouvelable par tacite reconduction.', 'tacit'],
    ['Elle sera reconduite tacitement.', 'tacit'],
    ['This agreement shall be automatically renewed.', 'tacit'],
    ['Elle est renouvelable par délibération des parties concernées.', 'express'],
    ['Elle peut être renouvelée par avenant.', 'express'],
    [
      'A son terme, elle fera l’objet d’une évaluation par les signataires, qui décideront de sa reconduction.',
      'after_evaluation',
    ],
    ["La présente convention n'est pas renouvelable.", 'none'],
  ])('"%s" → %s', (sentence, mode) => {
    const text = convention(
      `La présente convention est conclue pour une durée de 3 ans à compter de sa signature. ${sentence}`,
    );
    expect(clausesOf(text).renewal.mode).toBe(mode);
  });

  it('reads a cap: "renouvelable une fois"', () => {
    const text = convention(
      'La convention est conclue pour une durée de 3 ans, renouvelable une fois par délibération.',
    );
    expect(clausesOf(text).renewal).toMatchObject({ mode: 'express', maxRenewals: 1 });
  });

  it.each([
    [
      'Elle est reconduite tacitement, sauf dénonciation par l’une des parties six mois avant son échéance.',
      'renewal',
      { noticeMonths: 6 },
    ],
    [
      'Elle est reconduite tacitement sauf dénonciation avec un préavis de quatre-vingt-dix jours avant son échéance.',
      'renewal',
      { noticeDays: 90 },
    ],
    [
      'Elle peut être résiliée à tout moment par l’une des parties, moyennant un préavis de trois mois.',
      'termination',
      { anyTime: true, noticeMonths: 3 },
    ],
    [
      'Either party may terminate this agreement at any time by giving 90 days’ written notice.',
      'termination',
      { anyTime: true, noticeDays: 90 },
    ],
  ])('"%s" → %s notice', (sentence, clause, expected) => {
    const text = convention(
      `La présente convention est conclue pour une durée de 3 ans à compter de sa signature. ${sentence}`,
    );
    expect(clausesOf(text)[clause]).toMatchObject(expected);
  });
});

describe('extractConvention: action plan, evaluation, committee, amendments', () => {
  it('reads the action plan deadline of year n-1 and who approves it', () => {
    const text = convention(
      'Un programme d’actions annuel sera validé par le comité de pilotage avant le 31 décembre de l’année n-1.',
      'Programme',
    );
    expect(clausesOf(text).actionPlan).toMatchObject({
      deadlineMonth: 12,
      deadlineDay: 31,
      yearOffset: -1,
      approvedBy: 'committee',
    });
  });

  it.each([
    ['Une évaluation annuelle des actions sera réalisée.', { annual: true }],
    ['Une évaluation sera réalisée avant le renouvellement de la convention.', { beforeRenewal: true }],
    ['À son terme, la convention fera l’objet d’une évaluation.', { atTerm: true }],
    [
      'Une évaluation finale sera réalisée trois mois avant son échéance, avant sa reconduction.',
      { beforeRenewal: true, leadMonths: 3 },
    ],
  ])('"%s"', (sentence, expected) => {
    expect(clausesOf(convention(sentence, 'Évaluation')).evaluation).toMatchObject(expected);
  });

  it.each([
    ['Le comité de pilotage se réunit au moins une fois par an.', 1],
    ['Le comité de suivi se réunit deux fois par an.', 2],
    ['Le comité de suivi se réunit semestriellement.', 2],
    ['Le comité de pilotage se réunit tous les trois mois.', 4],
    ['The Joint Committee shall meet twice a year.', 2],
  ])('"%s" → %i meetings a year', (sentence, perYear) => {
    expect(clausesOf(convention(sentence, 'Comité de pilotage')).committee.minMeetingsPerYear).toBe(perYear);
  });

  it('reads the committee: alternating host, decision rule, minutes signatories', () => {
    const text = convention(
      'Le Comité de Pilotage se réunit au moins une fois par an à tour de rôle en France et au Maroc. Le comité prend ses décisions à l’unanimité. Les PV ne sont exécutoires qu’après signature respective du Président de Tiznit et du Maire de Villeneuve-la-Garenne.',
      'Comité de pilotage',
    );
    expect(clausesOf(text).committee).toMatchObject({
      name: 'Comité de pilotage',
      minMeetingsPerYear: 1,
      alternatingHost: true,
      decisionRule: 'unanimity',
      minutesSignatories: ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'],
    });
  });

  it.each([
    ['Toute modification fera l’objet d’un avenant signé par les deux parties.', 'avenant_signed_by_all'],
    [
      'Les dispositions de cet accord peuvent être modifiées d’un commun accord par avenant.',
      'common_agreement',
    ],
    ['La convention ne pourra être modifiée qu’à l’unanimité de ses signataires.', 'unanimity'],
  ])('"%s" → %s', (sentence, rule) => {
    expect(clausesOf(convention(sentence, 'Modification')).amendment.rule).toBe(rule);
  });
});

describe('extractConvention: parties and dates', () => {
  it('reads each party: name, country, level, representative, title, deliberation', () => {
    const text = [
      'CONVENTION DE COOPÉRATION',
      '',
      'Entre',
      '',
      'La commune de Villeneuve-la-Garenne (Hauts-de-Seine) en France, représentée par son Maire, Monsieur Pascal Pelain, agissant en vertu d’une délibération du Conseil municipal en date du 15 décembre 2022,',
      '',
      'Et',
      '',
      'Le Département des Yvelines (France), représenté par son Président, Monsieur Pierre Bédier,',
      '',
      'Article 1 – Objet',
      '',
      'La présente convention a pour objet de définir le partenariat entre les deux collectivités.',
      '',
      'Fait à Versailles, le 3 mars 2023, en deux exemplaires.',
    ].join('\n');
    const { document } = extractConvention(text);
    expect(document.parties).toEqual([
      expect.objectContaining({
        name: 'Villeneuve-la-Garenne',
        country: 'FR',
        level: 'commune',
        representative: 'Pascal Pelain',
        representativeTitle: 'Maire',
        deliberationOn: '2022-12-15',
        signedOn: '2023-03-03',
      }),
      expect.objectContaining({
        name: 'Yvelines',
        country: 'FR',
        level: 'departement',
        representative: 'Pierre Bédier',
        representativeTitle: 'Président',
        signedOn: '2023-03-03',
      }),
    ]);
  });

  it('leaves a country out when the text does not state it, with a warning', () => {
    const result = extractConvention(
      'CONVENTION DE PARTENARIAT\n\nEntre :\nAntony, représentée par Jean-Yves SENANT\nEt\n\nTaroudant, représentée par : Abdellatif OUAHBI\n\nArticle 1 - Objet\nLa présente convention a pour objet de définir le partenariat.',
    );
    const parties = result.document.parties as Array<Record<string, unknown>>;
    expect(parties.map((p) => p.name)).toEqual(['Antony', 'Taroudant']);
    expect(parties[0].country).toBeUndefined();
    expect(result.warnings).toContainEqual({ code: 'country_not_stated', field: 'parties[0].country' });
  });
});

describe('extractConvention: OCR noise', () => {
  it('reads through "a compter", "I\'unanimité", words broken across lines and page stamps inside a sentence', () => {
    const stamp =
      '\nAccusé de réception en préfecture\n092-219200789-20221215-2022121514-DE\nDate de réception préfecture : 03/01/2023\n';
    const text = convention(
      `La présente convention est conclue pour une durée de 3 ans a compter de sa signature, renouve-\nlable par tacite${stamp}reconduction.${stamp}${stamp} Elle ne peut être modifiée qu'a I'unanimité des parties.`,
    );
    expect(clausesOf(text).term).toMatchObject({ durationMonths: 36, start: 'last_signature' });
    expect(clausesOf(text).renewal.mode).toBe('tacit');
    expect(clausesOf(text).amendment.rule).toBe('unanimity');
  });
});

describe('extractConvention: what it must not do', () => {
  it('proposes nothing from an empty text or a text in another language', () => {
    expect(extractConvention('   ').warnings).toContainEqual({ code: 'empty_text', field: 'text' });
    const spanish = extractConvention(
      'El presente convenio tendrá una duración de cuatro años y los dos municipios colaborarán en la cultura y el deporte con la participación de los ciudadanos.',
    );
    expect(spanish.findings).toEqual([]);
    expect(spanish.warnings).toContainEqual({ code: 'language_unsupported', field: 'text' });
  });

  it('states no clause a text does not state', () => {
    const { document } = extractConvention(
      convention(
        'Les parties échangeront régulièrement sur leurs projets culturels et sportifs.',
        'Échanges',
      ),
    );
    expect(document.clauses).toBeUndefined();
    expect(document.effectiveOn).toBeUndefined();
  });

  it('flags two readings of one field that disagree, keeping the first', () => {
    const result = extractConvention(
      convention(
        'La présente convention est conclue pour une durée de 3 ans à compter de sa signature. La présente convention est conclue pour une durée de 5 ans à compter de sa signature.',
      ),
    );
    const finding = result.findings.find((f) => f.field === 'clauses.term.durationMonths')!;
    expect(finding.value).toBe(36);
    expect(finding.confidence).toBeLessThan(0.8);
    expect(result.warnings).toContainEqual({
      code: 'conflicting_values',
      field: 'clauses.term.durationMonths',
    });
  });
});

describe('properties', () => {
  const FR_MONTHS = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  const EN_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const date = fc.date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2060, 11, 31)),
    noInvalidDate: true,
  });

  it('a date written as officers write it reads back as the same calendar date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 3 }), (d, style) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
        const iso = `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const written = [
          `${day === 1 ? '1er' : day} ${FR_MONTHS[m]} ${y}`,
          `${day} ${EN_MONTHS[m]} ${y}`,
          `${EN_MONTHS[m]} ${day}, ${y}`,
          `${String(day).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/${y}`,
        ][style];
        const text = convention(
          `La présente convention est signée pour une durée de 2 ans à compter du ${written}.`,
        );
        expect(clausesOf(text).term).toMatchObject({ start: 'fixed_date', startDate: iso });
      }),
      { numRuns: 150 },
    );
  });

  const FR_WORDS = [
    'un',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
  ];
  it('a duration in digits, words or both reads back as its months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (n, style, inYears) => {
          const words = FR_WORDS[n - 1];
          const number = [String(n), words, `${words} (${n})`][style];
          const unit = inYears ? (n === 1 ? 'an' : 'ans') : 'mois';
          const text = convention(
            `La présente convention est conclue pour une durée de ${number} ${unit} à compter de sa signature.`,
          );
          expect(clausesOf(text).term.durationMonths).toBe(inYears ? n * 12 : n);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('every finding quotes the text at its offsets, whatever noise surrounds it', () => {
    const noise = fc.constantFrom(
      '\n',
      '\n\n',
      '  ',
      '\nAccusé de réception en préfecture\nDate de réception préfecture : 03/01/2023\n',
      ' — ',
    );
    fc.assert(
      fc.property(fc.array(noise, { minLength: 0, maxLength: 6 }), (pieces) => {
        const base = convention(
          'La présente convention est conclue pour une durée de trois ans à compter de sa signature. Elle est renouvelable par tacite reconduction. Elle peut être résiliée à tout moment avec un préavis de trois mois.',
        );
        let text = base;
        pieces.forEach((piece, i) => {
          const at = Math.floor(((i + 1) / (pieces.length + 1)) * text.length);
          text = text.slice(0, at) + piece + text.slice(at);
        });
        const result = extractConvention(text);
        for (const finding of result.findings) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.quote);
          expect(finding.confidence).toBeGreaterThan(0);
          expect(finding.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('numbers in French words', () => {
    expect(
      [
        'un',
        'deux',
        'dix-sept',
        'vingt et un',
        'trente-six',
        'soixante-dix',
        'soixante-quinze',
        'quatre-vingts',
        'quatre-vingt-dix',
        'quatre-vingt-quinze',
        'cent vingt',
        'deux (2)',
        '(3) trois',
        'ninety',
        'twenty-four',
      ].map(numberValue),
    ).toEqual([1, 2, 17, 21, 36, 70, 75, 80, 90, 95, 120, 2, 3, 90, 24]);
    expect(numberValue('deux (3)')).toBeNull();
  });

  it('no date that does not exist', () => {
    expect(parseDate('31/02/2024')).toBeNull();
    expect(parseDate('29 fevrier 2023')).toBeNull();
    expect(parseDate('29 fevrier 2024')).toBe('2024-02-29');
  });
});
