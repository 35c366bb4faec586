import { Injectable } from '@nestjs/common';
import { Actor, DomainError, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { NoteRepository, OrganizationNote } from '../../ports/note.repository';

@Injectable()
export class GetOrganizationNoteUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly notes: NoteRepository,
  ) {}

  async execute(conventionId: string, actor: Actor): Promise<OrganizationNote | { text: '' }> {
    if (!actor.organizationId || !(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    return (await this.notes.get(conventionId, actor.organizationId)) ?? { text: '' };
  }
}
