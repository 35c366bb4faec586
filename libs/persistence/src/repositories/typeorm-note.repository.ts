import { NoteRepository, OrganizationNote } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { writeAudit } from './audit';

function toNote(row: Record<string, unknown>): OrganizationNote {
  return {
    conventionId: row.convention_id as string,
    organizationId: row.organization_id as string,
    text: row.text as string,
    updatedAt: (row.updated_at as Date).toISOString(),
    updatedBy: row.updated_by as string | null,
  };
}

export class TypeormNoteRepository extends NoteRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async get(conventionId: string, organizationId: string): Promise<OrganizationNote | null> {
    const [row] = await this.dataSource.query(
      'SELECT * FROM organization_notes WHERE convention_id = $1 AND organization_id = $2',
      [conventionId, organizationId],
    );
    return row ? toNote(row) : null;
  }

  async put(
    conventionId: string,
    organizationId: string,
    text: string,
    actor: Actor,
  ): Promise<OrganizationNote> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(
        'SELECT * FROM organization_notes WHERE convention_id = $1 AND organization_id = $2 FOR UPDATE',
        [conventionId, organizationId],
      );
      const [row] = await manager.query(
        `INSERT INTO organization_notes (convention_id, organization_id, text, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (convention_id, organization_id) DO UPDATE SET text = EXCLUDED.text, updated_by = EXCLUDED.updated_by,
           updated_at = now()
         RETURNING *`,
        [conventionId, organizationId, text, actor.userId],
      );
      const note = toNote(row);
      await writeAudit(manager, {
        actor: actor.email,
        action: before ? 'update' : 'create',
        entity: 'organization_note',
        entityId: organizationId,
        conventionId,
        before: before ? toNote(before) : null,
        after: note,
      });
      return note;
    });
  }
}
