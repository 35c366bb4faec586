import { Injectable } from '@nestjs/common';
import { Actor } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';
import { fileView, FileView } from '../governance-views';

/** The documents attached to a convention (signed text, deliberations, acknowledgments, visas…). */
@Injectable()
export class ListDocumentsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<FileView[]> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    return (await this.governance.files(convention.id, { documentsOnly: true })).map(fileView);
  }
}
