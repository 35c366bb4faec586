import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { createHash } from 'node:crypto';
import { Actor, DomainError, FileKind, StoredConvention } from '@passerelle/domain';
import { AttachmentRepository, GovernedConventions } from '../../ports/governance';
import { fileView, FileView } from '../governance-views';

/** PDFs only, 10 MiB at most: the API refuses larger bodies before they are read whole. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const PDF_MAGIC = Buffer.from('%PDF-');

export interface UploadedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export type FileOwner =
  | { kind: 'minutes'; minutesId: string }
  | { kind: 'evaluation'; evaluationId: string }
  | {
      kind: 'document';
      conventionId: string;
      documentKind: Exclude<FileKind, 'minutes' | 'evaluation'>;
      title?: string | null;
    };

/** Checks what the client says (content type) and what the bytes say (%PDF- magic), and the size. */
export function assertPdf(file: UploadedFile): void {
  if (file.content.length > MAX_FILE_BYTES) {
    throw new DomainError('invalid_input', `file: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, 'file');
  }
  if (file.contentType.split(';')[0].trim().toLowerCase() !== 'application/pdf') {
    throw new DomainError('invalid_input', 'file: only PDF documents (application/pdf) are accepted', 'file');
  }
  if (
    file.content.length < PDF_MAGIC.length ||
    !file.content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)
  ) {
    throw new DomainError('invalid_input', 'file: the content is not a PDF document', 'file');
  }
}

/** A name safe to send back in Content-Disposition: no path, no control or quote characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F"<>|*?:]/g, '')
    .trim()
    .slice(0, 200);
  if (!cleaned) return 'document.pdf';
  return /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`;
}

/**
 * Stores a PDF with its SHA-256 in the database: an attachment of minutes or of an evaluation, or
 * a document of the convention (signed text, deliberation, prefecture acknowledgment…). The same
 * bytes sent twice to the same place are stored once.
 */
@Injectable()
export class AttachFileUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly attachments: AttachmentRepository,
  ) {}

  /** `convention`: the owner's (the minutes', the evaluation's, or the document's own), resolved by the guard. */
  @Transactional()
  async execute(
    convention: StoredConvention,
    owner: FileOwner,
    file: UploadedFile,
    actor: Actor,
  ): Promise<FileView> {
    assertPdf(file);
    const target = {
      kind: owner.kind === 'document' ? owner.documentKind : owner.kind,
      minutesId: owner.kind === 'minutes' ? owner.minutesId : null,
      evaluationId: owner.kind === 'evaluation' ? owner.evaluationId : null,
    } as const;
    // The convention's lock serialises two uploads of the same bytes: the retry finds the first.
    const doc = await this.governed.lock(convention.id);
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const existing = await this.attachments.bySha(doc.id, target, sha256);
    if (existing) return fileView(existing);
    const stored = await this.attachments.insert(
      {
        ...target,
        conventionId: doc.id,
        title: owner.kind === 'document' ? owner.title?.trim() || null : null,
        filename: safeFilename(file.filename),
        contentType: 'application/pdf',
      },
      file.content,
      actor,
    );
    return fileView(stored);
  }
}
