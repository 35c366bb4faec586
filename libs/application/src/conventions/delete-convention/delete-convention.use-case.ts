import { Injectable } from '@nestjs/common';
import { Actor, assertCanWrite, DomainError, visibilityScope } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';

@Injectable()
export class DeleteConventionUseCase {
  constructor(private readonly conventions: ConventionRepository) {}

  async execute(id: string, actor: Actor): Promise<void> {
    if (!(await this.conventions.findById(id, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${id} not found`, 'id');
    }
    assertCanWrite(actor);
    if (!(await this.conventions.delete(id, actor))) {
      throw new DomainError('not_found', `convention ${id} not found`, 'id');
    }
  }
}
