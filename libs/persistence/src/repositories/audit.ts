import { EntityManager } from 'typeorm';

export interface AuditEntry {
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
  conventionId: string | null;
  before: unknown;
  after: unknown;
}

/** Written inside the caller's transaction: no change without its audit line, and none without the change. */
export async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor, action, entity, entity_id, convention_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.actor,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.conventionId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
