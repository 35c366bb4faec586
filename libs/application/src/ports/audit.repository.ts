export interface AuditEntryView {
  id: string;
  at: string;
  actor: string | null;
  /** The acting user's name, where the log is read for a convention's history. */
  actorName?: string | null;
  action: string;
  entity: string;
  entityId: string;
  conventionId: string | null;
  before: unknown;
  after: unknown;
}

export abstract class AuditRepository {
  abstract forConvention(conventionId: string, limit: number): Promise<AuditEntryView[]>;
  abstract list(filter: {
    entity?: string;
    actor?: string;
    before?: string;
    limit: number;
  }): Promise<AuditEntryView[]>;
  abstract record(entry: Omit<AuditEntryView, 'id' | 'at'>): Promise<void>;
}
