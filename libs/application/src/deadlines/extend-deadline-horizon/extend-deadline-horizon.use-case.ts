import { Injectable, Optional } from '@nestjs/common';
import { calendarDateIn, conventionGovernance, NO_GOVERNANCE } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { deadlineHorizon, materialiseDeadlines } from '../deadline-horizon';

/** Nightly: moves every convention's materialised deadlines forward to today's horizon. Idempotent. */
@Injectable()
export class ExtendDeadlineHorizonUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(batchSize = 500): Promise<number> {
    const now = this.clock.now();
    let extended = 0;
    for (;;) {
      // Zones differ by a day at most: the earliest horizon selects, each convention's own recomputes.
      const until = deadlineHorizon(calendarDateIn(now, 'Pacific/Pago_Pago'));
      const batch = await this.conventions.findMaterialisedBefore(until, batchSize);
      if (batch.length === 0) return extended;
      const facts = this.governance ? await this.governance.factsOfMany(batch.map((convention) => convention.id)) : new Map();
      await this.conventions.rematerialise(
        batch.map((convention) => {
          const today = calendarDateIn(now, convention.timeZone);
          const found = facts.get(convention.id);
          const governance = found ? conventionGovernance(convention, found, today) : NO_GOVERNANCE;
          return { id: convention.id, ...materialiseDeadlines(convention, today, governance) };
        }),
      );
      extended += batch.length;
    }
  }
}
