import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, DomainError, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { NoteRepository, OrganizationNote } from '../../ports/note.repository';

@Injectable()
export class PutOrganizationNoteUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly notes: NoteRepository,
  ) {}

  async execute(conventionId: string, text: string, actor: Actor): Promise<OrganizationNote> {
    if (!actor.organizationId || !(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    assertCanWrite(actor);
    return this.notes.put(conventionId, actor.organizationId, text, actor);
  }
}
