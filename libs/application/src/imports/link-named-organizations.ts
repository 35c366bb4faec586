import { NamedOrganization, organizationsNamed } from '@passerelle/domain';
import { PortfolioImportItem } from '../ports/portfolio.repository';

/** A party of an imported convention linked to the organization on the platform it is. */
export interface ImportedLink {
  line: number | null;
  reference: string;
  party: string;
  organizationId: string;
  organization: string;
}

/**
 * Issue 17: the conventions an import creates name their parties; a party that is an
 * organization on the platform (same name and country, exactly one) is linked to it, as an
 * admin links directly (audited, `link_direct`), so that its officers follow the convention from
 * the import on and get one welcome mail in the import's transaction. Conventions the import
 * rewrites keep their links as they are.
 */
export function linkNamedOrganizations(
  items: PortfolioImportItem[],
  organizations: NamedOrganization[],
  now: Date,
): ImportedLink[] {
  const linked: ImportedLink[] = [];
  for (const item of items) {
    if (item.existingId) continue;
    const matches = organizationsNamed(item.doc.parties, organizations);
    if (matches.length === 0) continue;
    item.doc = {
      ...item.doc,
      parties: item.doc.parties.map((party, index) => {
        const match = matches.find((candidate) => candidate.partyIndex === index);
        return match ? { ...party, organizationId: match.organizationId } : party;
      }),
    };
    const direct = matches.map((match) => ({
      partyName: match.partyName,
      organizationId: match.organizationId,
    }));
    item.derived = { ...item.derived, partyLinks: { requests: [], direct, requestedAt: now } };
    for (const match of matches)
      linked.push({
        line: item.lineFrom,
        reference: item.doc.reference,
        party: match.partyName,
        organizationId: match.organizationId,
        organization: match.organizationName,
      });
  }
  return linked;
}
