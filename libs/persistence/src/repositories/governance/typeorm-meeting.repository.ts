import { Injectable } from '@nestjs/common';
import { MeetingChange, MeetingRepository, NewDecision, NewMeeting } from '@passerelle/application';
import { Actor, Decision, Meeting } from '@passerelle/domain';
import { decisionRow, meetingRow } from './governance-rows';
import { idRow, parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

const DECISIONS = `SELECT d.*, (SELECT json_agg(json_build_object('party', v.party, 'vote', v.vote) ORDER BY v.position)
                     FROM committee_votes v WHERE v.decision_id = d.id) AS votes
                    FROM committee_decisions d`;

@Injectable()
export class TypeormMeetingRepository extends GovernanceTable implements MeetingRepository {
  async listOf(conventionId: string): Promise<Meeting[]> {
    return parseRows(
      meetingRow,
      await this.manager.query(
        'SELECT * FROM committee_meetings WHERE convention_id = $1 ORDER BY held_on, created_at',
        [conventionId],
      ),
    );
  }

  async byId(id: string): Promise<Meeting | null> {
    if (!UUID.test(id)) return null;
    return parseRow(
      meetingRow,
      await this.manager.query('SELECT * FROM committee_meetings WHERE id = $1', [id]),
    );
  }

  async insert(meeting: NewMeeting, actor: Actor): Promise<Meeting> {
    const created = parseRow(
      meetingRow,
      await this.manager.query(
        `INSERT INTO committee_meetings (convention_id, held_on, city, country, host_party, convened_by, agenda, attendees, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [
          meeting.conventionId,
          meeting.heldOn,
          meeting.city,
          meeting.country,
          meeting.hostParty,
          meeting.convenedBy,
          JSON.stringify(meeting.agenda),
          JSON.stringify(meeting.attendees),
          actor.email,
        ],
      ),
    )!;
    await this.audit(actor, meeting.conventionId, 'create', 'committee_meeting', created.id, {
      before: null,
      after: created,
    });
    return created;
  }

  async update(id: string, change: MeetingChange, actor: Actor): Promise<Meeting> {
    const before = (await this.byId(id))!;
    const next = { ...before, ...change };
    await this.manager.query(
      `UPDATE committee_meetings SET held_on = $2, city = $3, country = $4, host_party = $5, convened_by = $6,
         agenda = $7, attendees = $8 WHERE id = $1`,
      [
        id,
        next.heldOn,
        next.city,
        next.country,
        next.hostParty,
        next.convenedBy,
        JSON.stringify(next.agenda),
        JSON.stringify(next.attendees),
      ],
    );
    const after = (await this.byId(id))!;
    await this.audit(actor, before.conventionId, 'update', 'committee_meeting', id, { before, after });
    return after;
  }

  async delete(id: string, actor: Actor): Promise<void> {
    const before = (await this.byId(id))!;
    const decisions = await this.decisionsOf(id);
    await this.manager.query('DELETE FROM committee_meetings WHERE id = $1', [id]);
    // One line keeps what went with it: the decisions (the minutes have their own versions' audit).
    await this.audit(actor, before.conventionId, 'delete', 'committee_meeting', id, {
      before: { ...before, decisions },
      after: null,
    });
  }

  async decisionsOf(meetingId: string): Promise<Decision[]> {
    return parseRows(
      decisionRow,
      await this.manager.query(`${DECISIONS} WHERE d.meeting_id = $1 ORDER BY d.created_at`, [meetingId]),
    );
  }

  async insertDecision(conventionId: string, decision: NewDecision, actor: Actor): Promise<Decision> {
    const [{ id }] = parseRows(
      idRow,
      await this.manager.query(
        `INSERT INTO committee_decisions (meeting_id, subject, agenda_item, rule, adopted, blocked_by, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          decision.meetingId,
          decision.subject,
          decision.agendaItem,
          decision.rule,
          decision.adopted,
          decision.blockedBy,
          actor.email,
        ],
      ),
    );
    await this.manager.query(
      `INSERT INTO committee_votes (decision_id, position, party, vote)
       SELECT $1, ordinality - 1, party, vote FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(party, vote, ordinality)`,
      [id, decision.votes.map((vote) => vote.party), decision.votes.map((vote) => vote.vote)],
    );
    const created = parseRow(decisionRow, await this.manager.query(`${DECISIONS} WHERE d.id = $1`, [id]))!;
    await this.audit(actor, conventionId, 'create', 'committee_decision', created.id, {
      before: null,
      after: created,
    });
    return created;
  }
}
