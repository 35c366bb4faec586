import { PortfolioImportItem } from '@passerelle/application';
import { Actor, NamedOrganization } from '@passerelle/domain';
import { DataSource } from 'typeorm';

/** The organizations an import may name as parties (issue 17). */
export async function namedOrganizations(dataSource: DataSource): Promise<NamedOrganization[]> {
  return dataSource.query<NamedOrganization[]>('SELECT id, name, country FROM organizations ORDER BY name');
}

/** One audit line per party an import linked to an organization, as an admin's direct link is. */
export function directLinkAuditRows(all: Array<[PortfolioImportItem, string]>, actor: Actor | null) {
  return all.flatMap(([item, id]) =>
    (item.derived.partyLinks?.direct ?? []).map((link) => ({
      actor: actor?.email ?? null,
      action: 'link_direct',
      entity: 'party_link',
      entity_id: `${id}:${link.partyName}`,
      convention_id: id,
      after: { party: link.partyName, organizationId: link.organizationId, by: 'import' },
    })),
  );
}
