import { ConventionDerivedColumns } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { writeAudit } from './audit';

/** Which organization wrote the convention (reminder mails name it); an admin or the seeds: none. */
export async function recordWriter(
  manager: EntityManager,
  conventionId: string,
  actor: Actor | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO convention_writers (convention_id, organization_id) VALUES ($1, $2)
     ON CONFLICT (convention_id) DO NOTHING`,
    [conventionId, actor?.role === 'admin' ? null : (actor?.organizationId ?? null)],
  );
}

/**
 * In the document's transaction: the links held back become pending requests (a retried write
 * adds none), those an admin set directly are audited one by one, and requests for a party the
 * document no longer has are withdrawn.
 */
export async function writePartyLinks(
  manager: EntityManager,
  conventionId: string,
  partyNames: string[],
  links: ConventionDerivedColumns['partyLinks'],
  actor: Actor | null,
): Promise<void> {
  await manager.query(
    `UPDATE party_link_requests SET status = 'withdrawn', answered_at = now()
      WHERE convention_id = $1 AND status = 'pending' AND NOT (party_name = ANY($2::text[]))`,
    [conventionId, partyNames],
  );
  if (!links) return;
  for (const request of links.requests) {
    const inserted = (await manager.query(
      `INSERT INTO party_link_requests
         (convention_id, party_name, organization_id, requested_by, requested_by_organization_id, requested_at)
       SELECT $1, $2, o.id, $4, $5, $6 FROM organizations o WHERE o.id = $3
       ON CONFLICT (convention_id, party_name, organization_id) WHERE status = 'pending' DO NOTHING
       RETURNING id`,
      [
        conventionId,
        request.partyName,
        request.organizationId,
        actor?.userId ?? null,
        actor?.organizationId ?? null,
        links.requestedAt,
      ],
    )) as Array<{ id: string }>;
    if (inserted.length) {
      await writeAudit(manager, {
        actor: actor?.email ?? null,
        action: 'request',
        entity: 'party_link',
        entityId: inserted[0].id,
        conventionId,
        before: null,
        after: { party: request.partyName, organizationId: request.organizationId, status: 'pending' },
      });
    }
  }
  for (const link of links.direct) {
    await writeAudit(manager, {
      actor: actor?.email ?? null,
      action: 'link_direct',
      entity: 'party_link',
      entityId: `${conventionId}:${link.partyName}`,
      conventionId,
      before: null,
      after: { party: link.partyName, organizationId: link.organizationId, by: 'admin' },
    });
  }
}
