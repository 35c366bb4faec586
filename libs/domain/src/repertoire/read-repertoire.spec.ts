import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConvention } from '../conventions/validate-convention';
import { readInstrument } from './read-instrument';
import { readRepertoire } from './read-repertoire';
import { partyFromHeading, parsePopulation } from './split-repertoire';

const text = readFileSync(
  join(__dirname, '../../../../../shared/seeds/repertoire-franco-marocain-2008.txt'),
  'utf8',
);
const read = readRepertoire(text);

describe('the 2008 directory read (the real file)', () => {
  it('46 partner pairs (Marseille four, Bourgogne two, Lyon one of three parties) and the 5 other links', () => {
    expect(read.conventions).toHaveLength(46);
    expect(read.others).toHaveLength(5);
    expect(new Set(read.conventions.map((item) => item.key)).size).toBe(46);
    expect(new Set(read.conventions.map((item) => item.document.reference)).size).toBe(46);
    const lyon = read.conventions.find((item) => item.document.reference.includes('LYON'));
    expect(lyon?.document.parties.map((party) => [party.name, party.level])).toEqual([
      ['Lyon', 'commune'],
      ['Communauté urbaine de Lyon', 'intercommunalite'],
      ['Rabat', 'commune'],
    ]);
  });

  it('every convention is a valid §3 document with a French and a Moroccan party', () => {
    for (const item of read.conventions) {
      expect([
        item.document.reference,
        validateConvention({ ...item.document, timeZone: 'Europe/Paris' }),
      ]).toEqual([item.document.reference, []]);
      expect(item.document.parties.some((party) => party.country === 'FR')).toBe(true);
      expect(item.document.parties.some((party) => party.country === 'MA')).toBe(true);
    }
  });

  it('never invents: a signedOn only where the Date line states that day; every budget amount has its currency', () => {
    for (const item of read.conventions) {
      const days = item.portfolio.history
        .filter((event) => event.kind === 'signed' && event.date?.precision === 'day')
        .map((event) => event.date?.value);
      for (const party of item.document.parties) if (party.signedOn) expect(days).toContain(party.signedOn);
      for (const line of item.portfolio.projects.flatMap((project) => project.budgetLines))
        expect(line.amount === null ? line.currency === null : /^[A-Z]{3}$/.test(line.currency ?? '')).toBe(
          true,
        );
      if (item.state !== 'agreement' && item.state !== 'suspended')
        expect(item.document.parties.every((party) => !party.signedOn)).toBe(true);
    }
  });

  it('at least 44 pairs have both representatives; the missing ones are reported with their line', () => {
    const complete = read.conventions.filter((item) =>
      item.document.parties.every((party) => party.representative),
    );
    expect(complete.length).toBeGreaterThanOrEqual(44);
    expect(read.problems.find((problem) => problem.line === 1808)?.field).toBe('parties[1].representative');
  });

  it('every entry naming a PAD co-financing in a project keeps PAD as a co-financer', () => {
    const lines = text.split('\n');
    const naming = read.conventions.filter((item) =>
      /Co-?financement (du )?PAD/i.test(lines.slice(item.lineFrom - 1, item.lineTo).join('\n')),
    );
    const kept = naming.filter((item) =>
      item.portfolio.projects.some((project) =>
        project.budgetLines.some(
          (line) => line.contributor === 'PAD' && line.contributorKind === 'cofinancer',
        ),
      ),
    );
    expect(naming).toHaveLength(13);
    // Aquitaine's "Cofinancement PAD" stands under "Partenaires" of a section with no project title.
    expect(naming.filter((item) => !kept.includes(item)).map((item) => item.document.reference)).toEqual([
      'REP2008-CONSEIL-REGIONAL-D-AQUITAINE-CONSEIL-REGIONAL-DE-SOUSS-MASSA-DRAA',
    ]);
  });
});

describe('what broke once (each failed before its fix)', () => {
  const named = (reference: string) =>
    read.conventions.find((item) => item.document.reference === reference)!;

  it('an acronym in a partner list (ISCAE) does not cut a project short: Mantes keeps its PAD amount', () => {
    const [first] = named('REP2008-MANTES-LA-JOLIE-RABAT').portfolio.projects;
    expect(first.budgetLines).toContainEqual(
      expect.objectContaining({ contributor: 'PAD', amount: 136542, currency: 'EUR' }),
    );
  });

  it("Bourgogne – Meknès holds none of Marrakech's contacts", () => {
    const contacts = named('REP2008-CONSEIL-REGIONAL-DE-BOURGOGNE-MEKNES').portfolio.contacts;
    expect(contacts.some((contact) => /JAZOULI/.test(contact.name ?? ''))).toBe(false);
    expect(contacts.some((contact) => contact.party === 'Meknès' && /BELKORA/.test(contact.name ?? ''))).toBe(
      true,
    );
  });

  it('Champagne-Ardenne keeps both youth projects (AJIO and AJED) and a two-column layout splits its sides', () => {
    const item = named('REP2008-CONSEIL-REGIONAL-DE-CHAMPAGNE-ARDENNE-CONSEIL-REGIONAL-DE-L-ORIENTAL');
    expect(item.portfolio.projects.map((project) => project.title)).toEqual(
      expect.arrayContaining([
        "Appui à l'Association des Jeunes Industriels d'Oujda",
        "Appui à l'Association des Jeunes Entrepreneurs pour le Développement",
      ]),
    );
    const belfort = named('REP2008-BELFORT-MOHAMMEDIA').portfolio.contacts;
    expect(belfort.find((contact) => contact.name === 'Ouahid JAMAI')?.party).toBe('Mohammedia');
    expect(
      named('REP2008-AJACCIO-MARRAKECH').portfolio.contacts.find(
        (contact) => contact.name === 'Omar EL JAZOULI',
      )?.party,
    ).toBe('Marrakech');
  });

  it('« 1994, renouvelé en 1998, 2001, 2003 et 2006 »: signed in 1994, renewed four times', () => {
    const events = named('REP2008-ROMANS-TAROUDANNT').portfolio.history.filter((event) => event.date);
    expect(events.map((event) => [event.kind, event.date?.value, event.date?.precision])).toEqual([
      ['signed', '1994', 'year'],
      ['renewed', '1998', 'year'],
      ['renewed', '2001', 'year'],
      ['renewed', '2003', 'year'],
      ['renewed', '2006', 'year'],
    ]);
  });

  it('a range of amounts is no commitment (Belfort: « 15 000 € - 20 000 € / an »)', () => {
    expect(named('REP2008-BELFORT-MOHAMMEDIA').document.financialCommitments).toEqual([]);
  });
});

describe('the pieces', () => {
  it.each([
    ['Convention cadre de coopération décentralisée', 'convention_cadre', 'agreement'],
    ['Accord de coopération conforté par un Jumelage', 'accord_cooperation', 'agreement'],
    ['Charte de jumelage', 'jumelage', 'agreement'],
    ['Protocole de coopération (+ Protocole de financement spécifique REMPART)', 'protocole', 'agreement'],
    ['Aucun accord de coopération décentralisée signé - Projet en cours', 'other', 'no_agreement'],
    ["Projet d'accord de coopération entre les deux villes en cours d'élaboration", 'other', 'no_agreement'],
    ['Échanges informels', 'other', 'informal'],
    ["Relations d'amitié", 'other', 'informal'],
    ['Convention de partenariat', 'convention_partenariat', 'agreement'],
  ])('instrument of « %s »', (words, instrument, state) => {
    expect(readInstrument(words)).toEqual({ instrument, state });
  });

  it('headings and populations', () => {
    expect(partyFromHeading("Ville d'Aix-en-Provence")).toEqual({
      name: 'Aix-en-Provence',
      level: 'commune',
    });
    expect(partyFromHeading('Ville de La Rochelle')).toEqual({ name: 'La Rochelle', level: 'commune' });
    expect(partyFromHeading("Préfecture d'Agadir")).toEqual({
      name: "Préfecture d'Agadir",
      level: 'prefecture',
    });
    expect(parsePopulation('(4,7 millions d’habitants)')).toBe(4_700_000);
    expect(parsePopulation('(3137 habitants)')).toBe(3137);
    expect(parsePopulation('(150 000 habitants)')).toBe(150_000);
  });

  it('a file that is not the directory yields no convention', () => {
    expect(readRepertoire('reference;title\nA;B').conventions).toEqual([]);
  });
});
