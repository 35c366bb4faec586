import { Injectable } from '@nestjs/common';
import { Actor, visibilityScope } from '@passerelle/domain';
import { ConventionIndexEntry, WebReadModel } from '../../ports/web-read-model';

/** Every convention the actor sees, with its countries: the calendar's filters. */
@Injectable()
export class ListConventionIndexUseCase {
  constructor(private readonly readModel: WebReadModel) {}

  execute(actor: Actor): Promise<ConventionIndexEntry[]> {
    return this.readModel.conventionIndex(visibilityScope(actor));
  }
}
