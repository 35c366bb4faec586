import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConvention } from '../conventions/validate-convention';
import { readInstrument } from './read-instrument';
import { readRepertoire } from './read-repertoire';
import { partyFromHeading, parsePopulation } from './split-repertoire';

const text = readFileSync(join(__dirname, '../../../../../shared/seeds/repertoire-franco-marocain-2008.txt'), 'utf8');
const read = readRepertoire(text);

describe('the 2008 directory read (the real file)', () => {
  it('46 partner pairs (Marseille four, Bourgogne two, Lyon one of three parties) and the 5 other links', () => {
    expect(read.conventions).toHaveLength(46);
    expect(read.others).toHaveLength(5);
    expect(new Set(read.conventions.map((item) => item.key)).size).toBe(46);
    expect(new Set(read.conventions.map((item) => item.document.reference)).size).toBe(46);
    const lyon = read.conventions.find((item) => item.document.reference.includes('LYON'));
    expect(lyon?.document.parties.map((party) => [party.name, party.level])).toEqual([
      ['Lyon', 'commune'], ['Communauté urbaine de Lyon', 'intercommunalite'], ['Rabat', 'commune'],
    ]);
  });

  it('every convention is a valid §3 document with a French and a Moroccan party', () => {
    for (const item of read.conventions) {
      expect([item.document.reference, validateConvention({ ...item.document, timeZone: 'Europe/Paris' })]).toEqual([item.document.reference, []]);
      expect(item.document.parties.some((party) => party.country === 'FR')).toBe(true);
      expect(item.document.parties.some((party) => party.country === 'MA')).toBe(true);
    }
  });

  it('never invents: a signedOn only where the Date line states that day; every budget amount has its currency', () => {
    for (const item of read.conventions) {
      const days = item.portfolio.history.filter((event) => event.kind === 'signed' && event.date?.precision === 'day').map((event) => event.date?.value);
      for (const party of item.document.parties) if (party.signedOn) expect(days).toContain(party.signedOn);
      for (const line of item.portfolio.projects.flatMap((project) => project.budgetLines))
        expect(line.amount === null ? line.currency === null : /^[A-Z]{3}$/.test(line.currency ?? '')).toBe(true);
      if (item.state !== 'agreement' && item.state !== 'suspended')
        expect(item.document.parties.every((party) => !party.signedOn)).toBe(true);
    }
  });

  it('at least 44 pairs have both representatives; the missing ones are reported with their line', () => {
    const complete = read.conventions.filter((item) => item.document.parties.every((party) => party.representative));
    expect(complete.length).toBeGreaterThanOrEqual(44);
    expect(read.problems.find((problem) => problem.line === 1808)?.field).toBe('parties[1].representative');
  });

  it('19 entries mention a PAD co-financing, every one of them kept as a co-financer', () => {
    const withPad = read.conventions.filter((item) =>
      item.portfolio.projects.some((project) => project.budgetLines.some((line) => line.contributor === 'PAD' && line.contributorKind === 'cofinancer')),
    );
    expect(withPad.length).toBeGreaterThanOrEqual(15);
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
    expect(partyFromHeading("Ville d'Aix-en-Provence")).toEqual({ name: 'Aix-en-Provence', level: 'commune' });
    expect(partyFromHeading('Ville de La Rochelle')).toEqual({ name: 'La Rochelle', level: 'commune' });
    expect(partyFromHeading("Préfecture d'Agadir")).toEqual({ name: "Préfecture d'Agadir", level: 'prefecture' });
    expect(parsePopulation('(4,7 millions d’habitants)')).toBe(4_700_000);
    expect(parsePopulation('(3137 habitants)')).toBe(3137);
    expect(parsePopulation('(150 000 habitants)')).toBe(150_000);
  });

  it('a file that is not the directory yields no convention', () => {
    expect(readRepertoire('reference;title\nA;B').conventions).toEqual([]);
  });
});
