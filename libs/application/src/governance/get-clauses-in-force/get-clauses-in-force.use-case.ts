import { Injectable } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  ClauseChanges,
  Clauses,
  clausesInForceOn,
  inForceOrder,
  IsoDate,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { governanceOf } from '../convention-governance';
import { conventionFor } from '../governance-access';

export interface ClausesInForceView {
  on: IsoDate;
  clauses: Clauses;
  /** Every version of the clauses: the signed ones, then one per date an amendment entered into force. */
  versions: Array<{ from: IsoDate | null; amendmentIds: string[]; changes: ClauseChanges[] }>;
}

/** The clauses as amended and in force on a day (default today), and their versions. */
@Injectable()
export class GetClausesInForceUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(conventionId: string, on: IsoDate | undefined, actor: Actor): Promise<ClausesInForceView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'convention',
      conventionId,
      actor,
      'read',
    );
    const day = on ?? calendarDateIn(this.clock.now(), convention.timeZone);
    const { amendments } = await governanceOf(this.governance, convention);
    const versions: ClausesInForceView['versions'] = [{ from: null, amendmentIds: [], changes: [] }];
    for (const amendment of inForceOrder(amendments)) {
      const last = versions[versions.length - 1];
      if (last.from === amendment.inForceOn) {
        last.amendmentIds.push(amendment.id);
        last.changes.push(amendment.changes);
      } else
        versions.push({
          from: amendment.inForceOn,
          amendmentIds: [amendment.id],
          changes: [amendment.changes],
        });
    }
    return { on: day, clauses: clausesInForceOn(convention, amendments, day), versions };
  }
}
