import { Injectable } from '@nestjs/common';
import { GovernanceReader } from '@passerelle/application';
import { GovernanceFacts } from '@passerelle/domain';
import { z } from 'zod';
import { amendmentRow, minutesRow } from './governance-rows';
import { AMENDMENTS } from './typeorm-amendment.repository';
import { MINUTES } from './typeorm-minutes.repository';
import { isoDate, parseRows, uuid } from '../row-schema';
import { GovernanceTable } from './transaction-host';

const meetingFactRow = z.object({ id: uuid, convention_id: uuid, held_on: isoDate });

/** What deadline computations read of the governance records, for one convention or a batch. */
@Injectable()
export class TypeormGovernanceFacts extends GovernanceTable implements GovernanceReader {
  async factsOf(conventionId: string): Promise<GovernanceFacts> {
    return (await this.read([conventionId])).get(conventionId) ?? { meetings: [], amendments: [] };
  }

  async factsOfMany(conventionIds: string[]): Promise<Map<string, GovernanceFacts>> {
    return conventionIds.length ? this.read(conventionIds) : new Map();
  }

  private async read(conventionIds: string[]): Promise<Map<string, GovernanceFacts>> {
    const facts = new Map<string, GovernanceFacts>();
    const of = (id: string) => {
      if (!facts.has(id)) facts.set(id, { meetings: [], amendments: [] });
      return facts.get(id)!;
    };
    const meetings = parseRows(
      meetingFactRow,
      await this.manager.query(
        `SELECT id, convention_id, held_on FROM committee_meetings WHERE convention_id = ANY($1::uuid[]) ORDER BY held_on`,
        [conventionIds],
      ),
    );
    const byMeeting = new Map<string, GovernanceFacts['meetings'][number]>();
    for (const row of meetings) {
      const meeting = { id: row.id, heldOn: row.held_on, minutes: [] };
      byMeeting.set(meeting.id, meeting);
      of(row.convention_id).meetings.push(meeting);
    }
    const minutes = parseRows(
      minutesRow,
      await this.manager.query(
        `${MINUTES} WHERE m.convention_id = ANY($1::uuid[]) ORDER BY m.held_on, mm.version`,
        [conventionIds],
      ),
    );
    for (const version of minutes) {
      byMeeting.get(version.meetingId)?.minutes.push({
        id: version.id,
        version: version.version,
        createdOn: version.createdOn,
        circulatedOn: version.circulatedOn,
        signatures: version.signatures.map(({ signatory, signedOn }) => ({ signatory, signedOn })),
        current: version.supersededAt === null,
      });
    }
    const amendments = parseRows(
      amendmentRow,
      await this.manager.query(`${AMENDMENTS} WHERE a.convention_id = ANY($1::uuid[]) ORDER BY a.number`, [
        conventionIds,
      ]),
    );
    for (const amendment of amendments) {
      of(amendment.conventionId).amendments.push({
        id: amendment.id,
        proposedOn: amendment.proposedOn,
        changes: amendment.changes,
        approvals: amendment.approvals.map(({ party, decision, on, deliberationRef }) => ({
          party,
          decision,
          on,
          deliberationRef,
        })),
      });
    }
    return facts;
  }
}
