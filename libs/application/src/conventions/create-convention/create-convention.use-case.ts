import { Inject, Injectable } from '@nestjs/common';
import { Actor, assertOwnParty, ConventionDocument, holdForeignLinks, newLinks } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import { assertValidConvention } from '../assert-valid-convention';
import { ConventionView, deriveColumns, toConventionView } from '../convention-view';

@Injectable()
export class CreateConventionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  async execute(doc: ConventionDocument, actor: Actor): Promise<ConventionView> {
    // Another organization named by an officer is asked first (pending link), never linked outright.
    const { doc: held, requests } = holdForeignLinks(actor, doc, null);
    assertOwnParty(actor, held);
    const toStore = { ...held, timeZone: held.timeZone ?? this.defaultTimeZone };
    assertValidConvention(toStore);
    const partyLinks = {
      requests,
      direct: actor.role === 'admin' ? newLinks(toStore, null) : [],
      requestedAt: this.clock.now(),
    };
    const stored = await this.conventions.create(
      toStore,
      { ...deriveColumns(toStore, this.clock.now()), partyLinks },
      actor,
    );
    return toConventionView(stored, this.clock.now());
  }
}
