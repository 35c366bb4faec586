import { organizationsNamed, partyNameKey } from './organizations-named';

const organizations = [
  { id: 'o-vlg', name: 'Villeneuve-la-Garenne', country: 'FR' },
  { id: 'o-aix', name: "Ville d'Aix-en-Provence", country: 'FR' },
  { id: 'o-tiznit', name: 'Tiznit', country: 'MA' },
  { id: 'o-sd1', name: 'Saint-Denis', country: 'FR' },
  { id: 'o-sd2', name: 'Ville de Saint-Denis', country: 'FR' },
];

describe('organizationsNamed: the parties of an import an organization on the platform is', () => {
  it.each([
    ['Villeneuve-la-Garenne', 'FR', 'o-vlg'],
    ['VILLENEUVE LA GARENNE', 'FR', 'o-vlg'],
    ['Aix-en-Provence', 'FR', 'o-aix'],
    ['Tiznit', 'MA', 'o-tiznit'],
  ])('%s (%s) is %s', (name, country, id) => {
    expect(organizationsNamed([{ name, country }], organizations)).toEqual([
      expect.objectContaining({ partyIndex: 0, organizationId: id }),
    ]);
  });

  it.each([
    ['Tiznit', 'FR', 'another country'],
    ['Saint-Denis', 'FR', 'two organizations answer to the name: no guess'],
    ['Villeneuve-Saint-Georges', 'FR', 'another name'],
  ])('%s (%s) is no one: %s', (name, country) => {
    expect(organizationsNamed([{ name, country }], organizations)).toEqual([]);
  });

  it('keeps a party already linked, and links an organization once per convention', () => {
    expect(
      organizationsNamed(
        [
          { name: 'Villeneuve-la-Garenne', country: 'FR', organizationId: 'o-other' },
          { name: 'Tiznit', country: 'MA' },
          { name: 'Commune de Tiznit', country: 'MA' },
        ],
        organizations,
      ),
    ).toEqual([
      { partyIndex: 1, partyName: 'Tiznit', organizationId: 'o-tiznit', organizationName: 'Tiznit' },
    ]);
  });

  it('compares names without accents, case, punctuation or "Ville de"', () => {
    expect(partyNameKey("Ville d'Évry-Courcouronnes")).toBe('evry courcouronnes');
    expect(partyNameKey('Commune urbaine de Taroudannt')).toBe('taroudannt');
  });
});
