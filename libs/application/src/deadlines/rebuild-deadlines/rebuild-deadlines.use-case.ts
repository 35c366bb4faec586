import { Injectable, Optional } from '@nestjs/common';
import { DEADLINE_RULES_VERSION } from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { DeadlineStore, MaterialisedConvention, RebuildResult } from '../../ports/deadline-store';
import { GovernanceReader } from '../../ports/governance-reader';
import { materialiseDeadlines } from '../deadline-horizon';
import { withGovernance } from '../materialise-batch';

/**
 * Computed one convention at a time as the store takes them: 2,000 conventions' 56,000 deadlines
 * held at once outlived the young generation, and the old one grew to 400 MB and more.
 */
function* materialiseEach(
  items: Awaited<ReturnType<typeof withGovernance>>,
): Generator<MaterialisedConvention> {
  for (const { convention, today, governance } of items)
    yield { id: convention.id, ...materialiseDeadlines(convention, today, governance) };
}

/**
 * Recomputes and stores the deadlines of every convention, then every organization's own: after a change to the deadline rules
 * (DEADLINE_RULES_VERSION), or on demand (`npm run deadlines:rebuild`).
 */
@Injectable()
export class RebuildDeadlinesUseCase {
  constructor(
    private readonly store: DeadlineStore,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(batchSize = 2000): Promise<RebuildResult> {
    const now = this.clock.now();
    const result = await this.store.rebuildAll(
      async (batch) => materialiseEach(await withGovernance(batch, now, this.governance)),
      batchSize,
      DEADLINE_RULES_VERSION,
    );
    // The organizations' own deadlines follow from the conventions' stored start and end.
    await this.store.refreshOrganizationDeadlines(now);
    return result;
  }

  /** At start-up: rebuilds only when the stored deadlines follow another version of the rules. */
  async ifRulesChanged(): Promise<RebuildResult | null> {
    if ((await this.store.rulesVersion()) === DEADLINE_RULES_VERSION) return null;
    return this.execute();
  }
}
