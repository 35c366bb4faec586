import { Injectable } from '@nestjs/common';
import { calendarDateIn } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { deadlineHorizon, materialiseDeadlines } from '../deadline-horizon';

/** Nightly: moves every convention's materialised deadlines forward to today's horizon. Idempotent. */
@Injectable()
export class ExtendDeadlineHorizonUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(batchSize = 500): Promise<number> {
    const now = this.clock.now();
    let extended = 0;
    for (;;) {
      // Zones differ by a day at most: the earliest horizon selects, each convention's own recomputes.
      const until = deadlineHorizon(calendarDateIn(now, 'Pacific/Pago_Pago'));
      const batch = await this.conventions.findMaterialisedBefore(until, batchSize);
      if (batch.length === 0) return extended;
      await this.conventions.rematerialise(
        batch.map((convention) => ({
          id: convention.id,
          ...materialiseDeadlines(convention, calendarDateIn(now, convention.timeZone)),
        })),
      );
      extended += batch.length;
    }
  }
}
