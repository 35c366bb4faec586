import { Injectable } from '@nestjs/common';
import { AmendmentRepository, NewAmendment } from '@passerelle/application';
import { Actor, Amendment, AmendmentApproval } from '@passerelle/domain';
import { amendmentRow } from './governance-rows';
import { idRow, parseRow, parseRows } from '../row-schema';
import { GovernanceTable, UUID } from './transaction-host';

export const AMENDMENTS = `SELECT a.*, (SELECT json_agg(json_build_object('party', p.party, 'decision', p.decision, 'on', p.decided_on,
      'deliberationRef', p.deliberation_ref, 'recordedBy', p.recorded_by) ORDER BY p.recorded_at)
    FROM amendment_approvals p WHERE p.amendment_id = a.id) AS approvals
  FROM amendments a`;

@Injectable()
export class TypeormAmendmentRepository extends GovernanceTable implements AmendmentRepository {
  async listOf(conventionId: string): Promise<Amendment[]> {
    return parseRows(
      amendmentRow,
      await this.manager.query(`${AMENDMENTS} WHERE a.convention_id = $1 ORDER BY a.number`, [conventionId]),
    );
  }

  async byId(id: string): Promise<Amendment | null> {
    if (!UUID.test(id)) return null;
    return parseRow(amendmentRow, await this.manager.query(`${AMENDMENTS} WHERE a.id = $1`, [id]));
  }

  async insert(amendment: NewAmendment, actor: Actor): Promise<Amendment> {
    const [{ id }] = parseRows(
      idRow,
      await this.manager.query(
        `INSERT INTO amendments (convention_id, number, title, text, changes, proposed_on, created_by)
         VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM amendments WHERE convention_id = $1), $2, $3, $4, $5, $6)
         RETURNING id`,
        [
          amendment.conventionId,
          amendment.title,
          amendment.text,
          JSON.stringify(amendment.changes),
          amendment.proposedOn,
          actor.email,
        ],
      ),
    );
    const created = (await this.byId(id))!;
    await this.audit(actor, amendment.conventionId, 'create', 'amendment', id, {
      before: null,
      after: created,
    });
    return created;
  }

  async addApproval(id: string, approval: AmendmentApproval, actor: Actor): Promise<Amendment> {
    const before = (await this.byId(id))!;
    await this.manager.query(
      `INSERT INTO amendment_approvals (amendment_id, party, decision, decided_on, deliberation_ref, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, approval.party, approval.decision, approval.on, approval.deliberationRef ?? null, actor.email],
    );
    const after = (await this.byId(id))!;
    const action = approval.decision === 'approved' ? 'approve' : 'refuse';
    await this.audit(actor, before.conventionId, action, 'amendment', id, { before, after });
    return after;
  }
}
