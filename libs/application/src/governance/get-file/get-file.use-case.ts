import { Injectable } from '@nestjs/common';
import { DomainError, StoredConvention, StoredFile } from '@passerelle/domain';
import { AttachmentRepository } from '../../ports/governance';

/** A stored PDF, for the users who may see its convention. */
@Injectable()
export class GetFileUseCase {
  constructor(private readonly attachments: AttachmentRepository) {}

  async execute(convention: StoredConvention, fileId: string): Promise<StoredFile & { content: Buffer }> {
    const file = await this.attachments.byId(fileId);
    if (!file || file.conventionId !== convention.id)
      throw new DomainError('not_found', `file ${fileId} not found`, 'id');
    return file;
  }
}
