import { Inject, Injectable } from '@nestjs/common';
import { ConventionDocument } from '@passerelle/domain';
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

  async execute(doc: ConventionDocument): Promise<ConventionView> {
    const toStore = { ...doc, timeZone: doc.timeZone ?? this.defaultTimeZone };
    assertValidConvention(toStore);
    const stored = await this.conventions.create(toStore, deriveColumns(toStore, this.clock.now()));
    return toConventionView(stored, this.clock.now());
  }
}
