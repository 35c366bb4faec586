import { Actor, AttachmentOwner, StoredFile } from '@passerelle/domain';

export type NewAttachment = Omit<StoredFile, 'id' | 'uploadedBy' | 'uploadedAt' | 'size' | 'sha256'>;

/** The PDFs of a convention: attached to minutes or an evaluation, or its own documents. */
export abstract class AttachmentRepository {
  abstract listOf(
    conventionId: string,
    filter?: { minutesId?: string; evaluationId?: string; documentsOnly?: boolean },
  ): Promise<StoredFile[]>;
  abstract byId(id: string): Promise<(StoredFile & { content: Buffer }) | null>;
  /** The same bytes already attached to the same owner (an upload retried). */
  abstract bySha(conventionId: string, owner: AttachmentOwner, sha256: string): Promise<StoredFile | null>;
  abstract insert(file: NewAttachment, content: Buffer, actor: Actor): Promise<StoredFile>;
}
