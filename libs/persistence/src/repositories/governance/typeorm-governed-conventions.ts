import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import {
  ClockPort,
  ConventionDerivedColumns,
  DeadlineRecord,
  DeadlineSettlement,
  GovernanceResource,
  GovernedConventions,
} from '@passerelle/application';
import { Actor, StoredConvention } from '@passerelle/domain';
import { writeAudit } from '../audit';
import { lockConvention } from '../convention-lock';
import { replaceDeadlines, setHorizons } from '../deadline-rows';
import { scheduleDueReminders } from '../reminder-scheduling';
import { conventionIdRow, deadlineRecordRow } from './governance-rows';
import { parseRow, parseRows } from '../row-schema';
import { GovernanceTable, ManagerSource, UUID } from './transaction-host';

const OWNER: Record<GovernanceResource, string> = {
  meeting: 'SELECT convention_id FROM committee_meetings WHERE id = $1',
  minutes: `SELECT m.convention_id FROM meeting_minutes mm JOIN committee_meetings m ON m.id = mm.meeting_id WHERE mm.id = $1`,
  amendment: 'SELECT convention_id FROM amendments WHERE id = $1',
  action_plan: 'SELECT convention_id FROM action_plans WHERE id = $1',
  evaluation: 'SELECT convention_id FROM evaluations WHERE id = $1',
  file: 'SELECT convention_id FROM governance_files WHERE id = $1',
};

@Injectable()
export class TypeormGovernedConventions extends GovernanceTable implements GovernedConventions {
  constructor(
    @Inject(TransactionHost) txHost: ManagerSource,
    private readonly clock: ClockPort,
  ) {
    super(txHost);
  }

  async lock(conventionId: string): Promise<StoredConvention> {
    if (!this.txHost.isTransactionActive()) {
      // A lock outside a transaction would be released at once: a programming error, not a 4xx.
      throw new Error('GovernedConventions.lock() called outside a unit of work');
    }
    return lockConvention(this.manager, conventionId);
  }

  async ownerOf(resource: GovernanceResource, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    return parseRow(conventionIdRow, await this.manager.query(OWNER[resource], [id]));
  }

  async deadlineRecords(conventionId: string): Promise<DeadlineRecord[]> {
    return parseRows(
      deadlineRecordRow,
      await this.manager.query('SELECT * FROM deadline_records WHERE convention_id = $1', [conventionId]),
    );
  }

  async settle(conventionId: string, settlement: DeadlineSettlement, actor: Actor): Promise<DeadlineRecord> {
    const key = [conventionId, settlement.kind, settlement.dueOn];
    const before = parseRow(
      deadlineRecordRow,
      await this.manager.query(
        'SELECT * FROM deadline_records WHERE convention_id = $1 AND kind = $2 AND due_on = $3 FOR UPDATE',
        key,
      ),
    );
    const saved = parseRow(
      deadlineRecordRow,
      await this.manager.query(
        `INSERT INTO deadline_records (convention_id, kind, due_on, state, done_on, note, evidence_url, reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8)
         ON CONFLICT (convention_id, kind, due_on) DO UPDATE SET state = EXCLUDED.state, done_on = EXCLUDED.done_on,
           note = EXCLUDED.note, evidence_url = NULL, reason = EXCLUDED.reason, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
         RETURNING *`,
        [...key, settlement.state, settlement.doneOn, settlement.note, settlement.reason, actor.email],
      ),
    )!;
    await writeAudit(this.manager, {
      actor: actor.email,
      action: before ? 'update' : 'create',
      entity: 'deadline_record',
      entityId: `${settlement.kind}:${settlement.dueOn}`,
      conventionId,
      before,
      after: saved,
    });
    return saved;
  }

  async unsettle(
    conventionId: string,
    key: Pick<DeadlineSettlement, 'kind' | 'dueOn'>,
    actor: Actor,
  ): Promise<boolean> {
    // A DELETE … RETURNING answers [rows, count] through TypeORM's query().
    const [rows] = await this.manager.query<[unknown[], number]>(
      'DELETE FROM deadline_records WHERE convention_id = $1 AND kind = $2 AND due_on = $3 RETURNING *',
      [conventionId, key.kind, key.dueOn],
    );
    const removed = parseRow(deadlineRecordRow, rows);
    if (!removed) return false;
    await writeAudit(this.manager, {
      actor: actor.email,
      action: 'delete',
      entity: 'deadline_record',
      entityId: `${key.kind}:${key.dueOn}`,
      conventionId,
      before: removed,
      after: null,
    });
    return true;
  }

  async rematerialise(
    conventionId: string,
    materialised: Pick<ConventionDerivedColumns, 'deadlines' | 'deadlinesUntil' | 'startsOn' | 'endsOn'>,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE conventions SET starts_on = $2, ends_on = $3
        WHERE id = $1 AND (starts_on IS DISTINCT FROM $2 OR ends_on IS DISTINCT FROM $3)`,
      [conventionId, materialised.startsOn, materialised.endsOn],
    );
    await replaceDeadlines(this.manager, [{ conventionId, deadlines: materialised.deadlines }]);
    await setHorizons(this.manager, [{ id: conventionId, until: materialised.deadlinesUntil }]);
    // A meeting, minutes, an amendment may add or move deadlines: their due steps, in this unit of work.
    await scheduleDueReminders(this.manager, [conventionId], this.clock.now(), 'dates_changed');
  }
}
