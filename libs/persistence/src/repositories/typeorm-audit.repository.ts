import { AuditEntryView, AuditRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { writeAudit } from './audit';

function toView(row: Record<string, unknown>): AuditEntryView {
  return {
    id: String(row.id),
    at: (row.at as Date).toISOString(),
    actor: row.actor as string | null,
    ...(row.actor_name !== undefined ? { actorName: (row.actor_name as string | null) ?? null } : {}),
    action: row.action as string,
    entity: row.entity as string,
    entityId: row.entity_id as string,
    conventionId: row.convention_id as string | null,
    before: row.before,
    after: row.after,
  };
}

export class TypeormAuditRepository extends AuditRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async forConvention(conventionId: string, limit: number): Promise<AuditEntryView[]> {
    const rows = await this.dataSource.query(
      // The actor's name beside the e-mail the log keeps (the history shows people, not addresses).
      `SELECT a.*, u.name AS actor_name FROM audit_log a LEFT JOIN users u ON lower(u.email) = lower(a.actor)
        WHERE a.convention_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`,
      [conventionId, limit],
    );
    return rows.map(toView);
  }

  async list(filter: {
    entity?: string;
    actor?: string;
    before?: string;
    limit: number;
  }): Promise<AuditEntryView[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM audit_log
        WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR actor = $2) AND ($3::bigint IS NULL OR id < $3)
        ORDER BY id DESC LIMIT $4`,
      [filter.entity ?? null, filter.actor ?? null, filter.before ?? null, filter.limit],
    );
    return rows.map(toView);
  }

  async record(entry: Omit<AuditEntryView, 'id' | 'at'>): Promise<void> {
    await writeAudit(this.dataSource.manager, entry);
  }
}
