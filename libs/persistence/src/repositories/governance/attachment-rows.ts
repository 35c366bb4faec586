import { StoredFile } from '@passerelle/domain';
import { z } from 'zod';
import { nullableText, timestamp, uuid } from '../row-schema';

const FILE_KINDS = [
  'minutes',
  'evaluation',
  'signed_text',
  'deliberation',
  'prefecture_acknowledgment',
  'governor_visa',
  'other',
] as const satisfies readonly StoredFile['kind'][];

export const fileRow: z.ZodType<StoredFile> = z
  .object({
    id: uuid,
    convention_id: uuid,
    kind: z.enum(FILE_KINDS),
    minutes_id: uuid.nullable(),
    evaluation_id: uuid.nullable(),
    title: nullableText,
    filename: z.string(),
    content_type: z.string(),
    size_bytes: z.number().int(),
    sha256: z.string(),
    uploaded_by: nullableText,
    uploaded_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    kind: row.kind,
    minutesId: row.minutes_id,
    evaluationId: row.evaluation_id,
    title: row.title,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size_bytes,
    // char(64): padded by PostgreSQL.
    sha256: row.sha256.trim(),
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  }));

export const contentRow = z.object({ content: z.instanceof(Buffer) }).transform((row) => row.content);
