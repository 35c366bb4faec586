import {
  CalendarEntry,
  CalendarReadOptions,
  CalendarScope,
  DeadlineRecord,
  DeadlineRepository,
  SystemClock,
} from '@passerelle/application';
import { Clock, DeadlineKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { writeAudit } from './audit';
import { scheduleDueReminders } from './reminder-scheduling';
import { calendarQuery, scopeSql } from './calendar-sql';

interface RecordRow {
  convention_id: string;
  kind: DeadlineKind;
  due_on: string;
  state: 'done' | 'waived';
  done_on: string | null;
  note: string | null;
  evidence_url: string | null;
  reason: string | null;
  recorded_by: string | null;
  recorded_at: Date;
}

function toRecord(row: RecordRow): DeadlineRecord {
  return {
    conventionId: row.convention_id,
    kind: row.kind,
    dueOn: row.due_on,
    state: row.state,
    doneOn: row.done_on,
    note: row.note,
    evidenceUrl: row.evidence_url,
    reason: row.reason,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
  };
}

export class TypeormDeadlineRepository extends DeadlineRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  async recordsFor(conventionId: string): Promise<DeadlineRecord[]> {
    const rows: RecordRow[] = await this.dataSource.query(
      'SELECT * FROM deadline_records WHERE convention_id = $1 ORDER BY due_on, kind',
      [conventionId],
    );
    return rows.map(toRecord);
  }

  async saveRecord(record: Omit<DeadlineRecord, 'recordedAt'>): Promise<DeadlineRecord> {
    return this.dataSource.transaction(async (manager) => {
      const key = [record.conventionId, record.kind, record.dueOn];
      const before: RecordRow[] = await manager.query(
        'SELECT * FROM deadline_records WHERE convention_id = $1 AND kind = $2 AND due_on = $3 FOR UPDATE',
        key,
      );
      const [row]: RecordRow[] = await manager.query(
        `INSERT INTO deadline_records (convention_id, kind, due_on, state, done_on, note, evidence_url, reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (convention_id, kind, due_on) DO UPDATE SET state = EXCLUDED.state, done_on = EXCLUDED.done_on,
           note = EXCLUDED.note, evidence_url = EXCLUDED.evidence_url, reason = EXCLUDED.reason,
           recorded_by = EXCLUDED.recorded_by, recorded_at = now()
         RETURNING *`,
        [
          ...key,
          record.state,
          record.doneOn,
          record.note,
          record.evidenceUrl,
          record.reason,
          record.recordedBy,
        ],
      );
      const saved = toRecord(row);
      await writeAudit(manager, {
        actor: record.recordedBy,
        action: before.length ? 'update' : 'create',
        entity: 'deadline_record',
        entityId: `${record.kind}:${record.dueOn}`,
        conventionId: record.conventionId,
        before: before.length ? toRecord(before[0]) : null,
        after: saved,
      });
      return saved;
    });
  }

  async deleteRecord(
    conventionId: string,
    kind: DeadlineKind,
    dueOn: string,
    actor: string | null,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [RecordRow[], number] = await manager.query(
        'DELETE FROM deadline_records WHERE convention_id = $1 AND kind = $2 AND due_on = $3 RETURNING *',
        [conventionId, kind, dueOn],
      );
      if (!rows.length) return false;
      await writeAudit(manager, {
        actor,
        action: 'delete',
        entity: 'deadline_record',
        entityId: `${kind}:${dueOn}`,
        conventionId,
        before: toRecord(rows[0]),
        after: null,
      });
      // Reopened: the deadline is open again and gets today's step.
      await scheduleDueReminders(manager, [conventionId], this.clock.now(), 'dates_changed');
      return true;
    });
  }

  async calendar(
    from: string,
    to: string,
    scope: CalendarScope,
    options: CalendarReadOptions = { sources: true },
  ): Promise<CalendarEntry[]> {
    const query = calendarQuery(from, to, scope, options);
    const rows = await this.dataSource.query(query.sql, query.params);
    const entries = new Array<CalendarEntry>(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      entries[index] = {
        conventionId: row.convention_id,
        reference: row.reference,
        conventionTitle: row.title,
        timeZone: row.time_zone,
        kind: row.kind,
        dueOn: row.due_on,
        sourceArticle: row.source_article,
        sourceQuote: row.source_quote,
        recordState: row.state,
        termIndex: row.term_index,
        planYear: row.plan_year,
        periodFrom: row.period_from,
      };
    }
    return entries;
  }

  async conventionsMaterialisedBefore(
    to: string,
    scope: CalendarScope,
  ): Promise<Array<{ id: string; deadlinesUntil: string }>> {
    const params: unknown[] = [to];
    const rows: Array<{ id: string; deadlines_until: string }> = await this.dataSource.query(
      `SELECT c.id, h.until::text AS deadlines_until
         FROM deadline_horizons h JOIN conventions c ON c.id = h.convention_id
        WHERE h.until < $1
          AND (c.ends_on IS NULL OR c.ends_on > h.until)
          AND (c.terminated_on IS NULL OR c.terminated_on > h.until)${scopeSql(scope, params)}`,
      params,
    );
    return rows.map((row) => ({ id: row.id, deadlinesUntil: row.deadlines_until }));
  }
}
