import { Injectable } from '@nestjs/common';
import {
  Actor,
  assertCanWrite,
  DeadlineKind,
  DomainError,
  IsoDate,
  visibilityScope,
} from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRepository } from '../../ports/deadline.repository';

/** Removes an officer's record on a deadline (reopens it); 404 when nothing is recorded. */
@Injectable()
export class ReopenDeadlineUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly deadlines: DeadlineRepository,
  ) {}

  async execute(conventionId: string, kind: DeadlineKind, dueOn: IsoDate, actor: Actor): Promise<void> {
    if (!(await this.conventions.findById(conventionId, visibilityScope(actor)))) {
      throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    }
    assertCanWrite(actor);
    if (!(await this.deadlines.deleteRecord(conventionId, kind, dueOn, actor.email))) {
      throw new DomainError('not_found', `nothing recorded on the ${kind} deadline of ${dueOn}`, 'dueOn');
    }
  }
}
