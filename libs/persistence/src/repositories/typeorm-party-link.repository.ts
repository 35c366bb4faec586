import { PartyLinkRepository, PartyLinkStatus, PartyLinkView } from '@passerelle/application';
import { DomainError } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from './audit';
import { scheduleDueReminders } from './reminder-scheduling';

type Row = Record<string, unknown>;

const VIEW_SQL = `
  SELECT r.id, r.convention_id, c.reference, c.title, r.party_name, r.organization_id, o.name AS organization_name,
         r.requested_by_organization_id, ro.name AS requested_by_organization_name, r.requested_at, r.status, r.answered_at
    FROM party_link_requests r
    JOIN conventions c ON c.id = r.convention_id
    JOIN organizations o ON o.id = r.organization_id
    LEFT JOIN organizations ro ON ro.id = r.requested_by_organization_id`;

const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' && value ? value : null;

function toView(row: Row): PartyLinkView {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    conventionReference: row.reference as string,
    conventionTitle: row.title as string,
    partyName: row.party_name as string,
    organizationId: row.organization_id as string,
    organizationName: row.organization_name as string,
    requestedByOrganizationId: (row.requested_by_organization_id as string | null) ?? null,
    requestedByOrganizationName: (row.requested_by_organization_name as string | null) ?? null,
    requestedAt: iso(row.requested_at) as string,
    status: row.status as PartyLinkStatus,
    answeredAt: iso(row.answered_at),
  };
}

export class TypeormPartyLinkRepository extends PartyLinkRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async list(filter: {
    organizationId: string | null;
    status?: PartyLinkStatus;
  }): Promise<{ incoming: PartyLinkView[]; outgoing: PartyLinkView[] }> {
    const query = (column: string | null) =>
      this.dataSource.query(
        `${VIEW_SQL} WHERE ($1::text IS NULL OR r.status = $1) ${column ? `AND r.${column} = $2` : ''}
          ORDER BY r.requested_at DESC, r.id LIMIT 500`,
        column ? [filter.status ?? null, filter.organizationId] : [filter.status ?? null],
      ) as Promise<Row[]>;
    if (!filter.organizationId) return { incoming: (await query(null)).map(toView), outgoing: [] };
    const [incoming, outgoing] = await Promise.all([
      query('organization_id'),
      query('requested_by_organization_id'),
    ]);
    return { incoming: incoming.map(toView), outgoing: outgoing.map(toView) };
  }

  async findById(id: string): Promise<PartyLinkView | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = (await this.dataSource.query(`${VIEW_SQL} WHERE r.id = $1`, [id])) as Row[];
    return rows[0] ? toView(rows[0]) : null;
  }

  async answer(
    id: string,
    decision: 'accepted' | 'refused',
    by: { userId: string; email: string },
    at: Date,
  ): Promise<PartyLinkView> {
    return this.dataSource.transaction(async (manager) => {
      const [request] = (await manager.query(
        `SELECT id, convention_id, party_name, organization_id, status FROM party_link_requests WHERE id = $1 FOR UPDATE`,
        [id],
      )) as Row[];
      if (!request) throw new DomainError('not_found', `party link ${id} not found`, 'id');
      if (request.status !== 'pending') {
        throw new DomainError('conflict', `this request is already ${String(request.status)}`, 'status');
      }
      let status: PartyLinkStatus = decision;
      if (decision === 'accepted') {
        // The party as it stands now: still there and still unlinked (the writer may have changed it).
        const linked = (await manager.query(
          `UPDATE convention_parties SET organization_id = $3
            WHERE convention_id = $1 AND name = $2 AND organization_id IS NULL RETURNING id`,
          [request.convention_id, request.party_name, request.organization_id],
        )) as [Row[], number];
        if (!affected(linked)) status = 'withdrawn';
        else {
          await manager.query('UPDATE conventions SET updated_at = $2 WHERE id = $1', [
            request.convention_id,
            at,
          ]);
          // The organization's officers follow the convention from now: one welcome mail with what
          // is owed today, scheduled in this transaction.
          await scheduleDueReminders(manager, [request.convention_id as string], at, 'onboarding', {
            organizationId: request.organization_id as string,
          });
        }
      }
      await manager.query(
        `UPDATE party_link_requests SET status = $2, answered_by = $3, answered_at = $4 WHERE id = $1`,
        [id, status, by.userId, at],
      );
      await audit(manager, by.email, request, status);
      return toView(((await manager.query(`${VIEW_SQL} WHERE r.id = $1`, [id])) as Row[])[0]);
    });
  }
}

/** TypeORM answers an UPDATE … RETURNING as [rows, count]. */
function affected(result: unknown): number {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0].length;
  return Array.isArray(result) ? result.length : 0;
}

async function audit(
  manager: EntityManager,
  actor: string,
  request: Row,
  status: PartyLinkStatus,
): Promise<void> {
  await writeAudit(manager, {
    actor,
    action: status === 'accepted' ? 'accept' : status === 'refused' ? 'refuse' : 'withdraw',
    entity: 'party_link',
    entityId: request.id as string,
    conventionId: request.convention_id as string,
    before: { party: request.party_name, organizationId: request.organization_id, status: 'pending' },
    after: { party: request.party_name, organizationId: request.organization_id, status },
  });
}
