import { foldAccents } from './imprecise-date';

/** An organization on the platform, as an import matches it against a party's name. */
export interface NamedOrganization {
  id: string;
  name: string;
  country: string;
}

/** One party of an imported convention linked to the organization of the same name. */
export interface PartyOrganizationMatch {
  partyIndex: number;
  partyName: string;
  organizationId: string;
  organizationName: string;
}

/**
 * How a party and an organization are compared: accents, case, punctuation and the leading
 * "Ville de", "Commune urbaine de", "Commune rurale de" do not count ("Ville d'Aix-en-Provence"
 * is "Aix-en-Provence").
 */
export function partyNameKey(name: string): string {
  return foldAccents(name)
    .replace(/^(ville|commune urbaine|commune rurale|commune) (de |d')/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The parties of an imported convention that an organization on the platform is (issue 17): an
 * unlinked party whose name is exactly one organization's of the same country. Two organizations
 * answering to one name link neither (never a guess).
 */
export function organizationsNamed(
  parties: ReadonlyArray<{ name: string; country: string; organizationId?: string | null }>,
  organizations: readonly NamedOrganization[],
): PartyOrganizationMatch[] {
  const byKey = new Map<string, NamedOrganization[]>();
  for (const organization of organizations) {
    const key = `${organization.country}|${partyNameKey(organization.name)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), organization]);
  }
  const taken = new Set(parties.map((party) => party.organizationId).filter(Boolean));
  return parties.flatMap((party, partyIndex) => {
    if (party.organizationId) return [];
    const found = byKey.get(`${party.country}|${partyNameKey(party.name)}`) ?? [];
    // One organization is one party of a convention at most.
    if (found.length !== 1 || taken.has(found[0].id)) return [];
    taken.add(found[0].id);
    return [
      { partyIndex, partyName: party.name, organizationId: found[0].id, organizationName: found[0].name },
    ];
  });
}
