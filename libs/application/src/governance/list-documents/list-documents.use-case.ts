import { Injectable } from '@nestjs/common';
import { StoredConvention } from '@passerelle/domain';
import { AttachmentRepository } from '../../ports/governance';
import { fileView, FileView } from '../governance-views';

/** The documents attached to a convention (signed text, deliberations, acknowledgments, visas…). */
@Injectable()
export class ListDocumentsUseCase {
  constructor(private readonly attachments: AttachmentRepository) {}

  async execute(convention: StoredConvention): Promise<FileView[]> {
    return (await this.attachments.listOf(convention.id, { documentsOnly: true })).map(fileView);
  }
}
