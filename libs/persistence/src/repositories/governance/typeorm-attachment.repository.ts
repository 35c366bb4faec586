import { Injectable } from '@nestjs/common';
import { AttachmentRepository, NewAttachment } from '@passerelle/application';
import { Actor, AttachmentOwner, StoredFile } from '@passerelle/domain';
import { createHash } from 'node:crypto';
import { contentRow, fileRow } from './attachment-rows';
import { parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

const COLUMNS = `id, convention_id, kind, minutes_id, evaluation_id, title, filename, content_type, size_bytes, sha256,
  uploaded_by, uploaded_at`;

@Injectable()
export class TypeormAttachmentRepository extends GovernanceTable implements AttachmentRepository {
  async listOf(
    conventionId: string,
    filter: { minutesId?: string; evaluationId?: string; documentsOnly?: boolean } = {},
  ): Promise<StoredFile[]> {
    const clauses = ['convention_id = $1'];
    const params: unknown[] = [conventionId];
    if (filter.minutesId) clauses.push(`minutes_id = $${params.push(filter.minutesId)}`);
    if (filter.evaluationId) clauses.push(`evaluation_id = $${params.push(filter.evaluationId)}`);
    if (filter.documentsOnly) clauses.push(`kind NOT IN ('minutes', 'evaluation')`);
    return this.read(clauses.join(' AND '), params);
  }

  async byId(id: string): Promise<(StoredFile & { content: Buffer }) | null> {
    if (!UUID.test(id)) return null;
    const rows: unknown = await this.manager.query(
      `SELECT ${COLUMNS}, content FROM governance_files WHERE id = $1`,
      [id],
    );
    const file = parseRow(fileRow, rows);
    return file ? { ...file, content: parseRow(contentRow, rows)! } : null;
  }

  async bySha(conventionId: string, owner: AttachmentOwner, sha256: string): Promise<StoredFile | null> {
    const [file] = await this.read(
      `convention_id = $1 AND kind = $2 AND minutes_id IS NOT DISTINCT FROM $3 AND evaluation_id IS NOT DISTINCT FROM $4 AND sha256 = $5`,
      [conventionId, owner.kind, owner.minutesId ?? null, owner.evaluationId ?? null, sha256],
    );
    return file ?? null;
  }

  async insert(file: NewAttachment, content: Buffer, actor: Actor): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const created = parseRow(
      fileRow,
      await this.manager.query(
        `INSERT INTO governance_files (convention_id, kind, minutes_id, evaluation_id, title, filename, content_type, size_bytes,
           sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
        [
          file.conventionId,
          file.kind,
          file.minutesId,
          file.evaluationId,
          file.title,
          file.filename,
          file.contentType,
          content.length,
          sha256,
          content,
          actor.email,
        ],
      ),
    )!;
    await this.audit(actor, file.conventionId, 'create', 'file', created.id, {
      before: null,
      after: created,
    });
    return created;
  }

  private async read(where: string, params: unknown[]): Promise<StoredFile[]> {
    return parseRows(
      fileRow,
      await this.manager.query(
        `SELECT ${COLUMNS} FROM governance_files WHERE ${where} ORDER BY uploaded_at, id`,
        params,
      ),
    );
  }
}
