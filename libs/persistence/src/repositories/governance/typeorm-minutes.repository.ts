import { Injectable } from '@nestjs/common';
import { MinutesRepository, NewMinutes } from '@passerelle/application';
import { Actor, DomainError, IsoDate, Minutes, MinutesSignature } from '@passerelle/domain';
import { minutesRow } from './governance-rows';
import { idRow, parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

export const MINUTES = `SELECT mm.*, m.convention_id,
    (SELECT json_agg(json_build_object('signatory', s.signatory, 'signedOn', s.signed_on, 'recordedBy', s.recorded_by)
            ORDER BY s.signed_on, s.recorded_at)
       FROM minutes_signatures s WHERE s.minutes_id = mm.id) AS signatures
  FROM meeting_minutes mm JOIN committee_meetings m ON m.id = mm.meeting_id`;

@Injectable()
export class TypeormMinutesRepository extends GovernanceTable implements MinutesRepository {
  async byId(id: string): Promise<Minutes | null> {
    if (!UUID.test(id)) return null;
    return parseRow(minutesRow, await this.manager.query(`${MINUTES} WHERE mm.id = $1`, [id]));
  }

  async ofMeeting(meetingId: string): Promise<Minutes[]> {
    return parseRows(
      minutesRow,
      await this.manager.query(`${MINUTES} WHERE mm.meeting_id = $1 ORDER BY m.held_on, mm.version`, [
        meetingId,
      ]),
    );
  }

  async insert(conventionId: string, minutes: NewMinutes, actor: Actor): Promise<Minutes> {
    const [{ id }] = parseRows(
      idRow,
      await this.manager.query(
        `INSERT INTO meeting_minutes (meeting_id, version, text, created_on, circulated_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          minutes.meetingId,
          minutes.version,
          minutes.text,
          minutes.createdOn,
          minutes.circulatedOn,
          actor.email,
        ],
      ),
    );
    const created = (await this.byId(id))!;
    await this.audit(actor, conventionId, 'create', 'minutes', id, { before: null, after: created });
    return created;
  }

  async update(
    id: string,
    change: { text?: string; circulatedOn?: IsoDate | null },
    actor: Actor,
  ): Promise<Minutes> {
    const before = await this.byId(id);
    if (!before) throw new DomainError('not_found', `minutes ${id} not found`, 'id');
    await this.manager.query(
      `UPDATE meeting_minutes SET text = $2, circulated_on = $3, updated_at = now() WHERE id = $1`,
      [
        id,
        change.text ?? before.text,
        change.circulatedOn === undefined ? before.circulatedOn : change.circulatedOn,
      ],
    );
    const after = (await this.byId(id))!;
    await this.audit(actor, before.conventionId, 'update', 'minutes', id, { before, after });
    return after;
  }

  async supersede(id: string, actor: Actor): Promise<void> {
    const before = (await this.byId(id))!;
    await this.manager.query('UPDATE meeting_minutes SET superseded_at = now() WHERE id = $1', [id]);
    await this.audit(actor, before.conventionId, 'supersede', 'minutes', id, {
      before,
      after: await this.byId(id),
    });
  }

  async addSignature(id: string, signature: MinutesSignature, actor: Actor): Promise<Minutes> {
    const before = (await this.byId(id))!;
    await this.manager.query(
      `INSERT INTO minutes_signatures (minutes_id, signatory, signed_on, recorded_by) VALUES ($1, $2, $3, $4)`,
      [id, signature.signatory, signature.signedOn, actor.email],
    );
    const after = (await this.byId(id))!;
    await this.audit(actor, before.conventionId, 'sign', 'minutes', id, { before, after });
    return after;
  }
}
