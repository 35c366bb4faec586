import { Inject, Injectable } from '@nestjs/common';
import { ConventionDocument } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import { assertValidConvention } from '../assert-valid-convention';
import { deriveColumns } from '../convention-view';

/** Loads the seed conventions into an empty database, all or nothing; a second run adds nothing. */
@Injectable()
export class SeedConventionsUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  async execute(documents: ConventionDocument[]): Promise<number> {
    if ((await this.conventions.count()) > 0) return 0;
    const toStore = documents.map((doc) => ({ ...doc, timeZone: doc.timeZone ?? this.defaultTimeZone }));
    toStore.forEach(assertValidConvention);
    const now = this.clock.now();
    return this.conventions.createManyIfEmpty(
      toStore.map((doc) => ({ doc, derived: deriveColumns(doc, now) })),
    );
  }
}
