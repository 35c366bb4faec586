import { Injectable } from '@nestjs/common';
import {
  calendarDateIn,
  ClauseChanges,
  Clauses,
  clausesInForceOn,
  inForceOrder,
  IsoDate,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import { governanceOf } from '../convention-governance';

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
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  async execute(convention: StoredConvention, on: IsoDate | undefined): Promise<ClausesInForceView> {
    const day = on ?? calendarDateIn(this.clock.now(), convention.timeZone);
    const { amendments } = await governanceOf(this.facts, convention);
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
