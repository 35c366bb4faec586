import { Injectable } from '@nestjs/common';
import { DomainError } from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';

@Injectable()
export class DeleteConventionUseCase {
  constructor(private readonly conventions: ConventionRepository) {}

  async execute(id: string): Promise<void> {
    if (!(await this.conventions.delete(id))) {
      throw new DomainError('not_found', `convention ${id} not found`, 'id');
    }
  }
}
