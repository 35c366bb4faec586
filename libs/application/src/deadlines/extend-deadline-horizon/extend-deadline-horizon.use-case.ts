import { Injectable, Optional } from '@nestjs/common';
import { calendarDateIn } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { DeadlineStore } from '../../ports/deadline-store';
import { GovernanceReader } from '../../ports/governance-reader';
import { deadlineHorizon, deadlinesAfterHorizon } from '../deadline-horizon';
import { withGovernance } from '../materialise-batch';

/**
 * Nightly: moves every open convention's stored deadlines forward to today's horizon by appending
 * the days since the last run (a night adds a day, not ten years). Idempotent.
 */
@Injectable()
export class ExtendDeadlineHorizonUseCase {
  constructor(
    private readonly store: DeadlineStore,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(batchSize = 2000): Promise<number> {
    const now = this.clock.now();
    // Zones differ by a day at most: the earliest horizon selects, each convention's own extends.
    const until = deadlineHorizon(calendarDateIn(now, 'Pacific/Pago_Pago'));
    let extended = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.store.findMaterialisedBefore(until, afterId, batchSize);
      if (batch.length === 0) {
        // A new year's apd_declaration comes into the horizon once a year; the refresh is cheap.
        await this.store.refreshOrganizationDeadlines(now);
        return extended;
      }
      afterId = batch[batch.length - 1].convention.id;
      const horizons = new Map(
        batch.map(({ convention, deadlinesUntil }) => [convention.id, deadlinesUntil]),
      );
      const conventions = batch.map(({ convention }) => convention);
      const items = (await withGovernance(conventions, now, this.governance)).map(
        ({ convention, today, governance }) => ({
          id: convention.id,
          ...deadlinesAfterHorizon(convention, horizons.get(convention.id) as string, today, governance),
        }),
      );
      await this.store.append(items);
      extended += batch.length;
    }
  }
}
