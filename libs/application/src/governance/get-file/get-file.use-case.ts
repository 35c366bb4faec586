import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository, StoredFile } from '../../ports/governance.repository';
import { conventionFor } from '../governance-access';

/** A stored PDF, for the users who may see its convention. */
@Injectable()
export class GetFileUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
  ) {}

  async execute(fileId: string, actor: Actor): Promise<StoredFile & { content: Buffer }> {
    await conventionFor(this.conventions, this.governance, 'file', fileId, actor, 'read');
    const file = await this.governance.file(fileId);
    if (!file) throw new DomainError('not_found', `file ${fileId} not found`, 'id');
    return file;
  }
}
