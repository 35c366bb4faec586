import { Injectable } from '@nestjs/common';
import { Actor, visibilityScope } from '@passerelle/domain';
import { FollowChoice, WebReadModel } from '../../ports/web-read-model';

/** The follow choices the actor made on the conventions they see; a convention not listed is followed. */
@Injectable()
export class ListFollowChoicesUseCase {
  constructor(private readonly readModel: WebReadModel) {}

  execute(actor: Actor): Promise<FollowChoice[]> {
    return this.readModel.followChoices(actor.userId, visibilityScope(actor));
  }
}
