import { Inject, Injectable } from '@nestjs/common';
import { Actor, assertOwnParty, ConventionDocument } from '@passerelle/domain';
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
    assertOwnParty(actor, doc);
    const toStore = { ...doc, timeZone: doc.timeZone ?? this.defaultTimeZone };
    assertValidConvention(toStore);
    const stored = await this.conventions.create(toStore, deriveColumns(toStore, this.clock.now()), actor);
    return toConventionView(stored, this.clock.now());
  }
}
