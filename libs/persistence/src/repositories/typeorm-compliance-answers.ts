import { ComplianceAnswerLine, ComplianceAnswers, StoredComplianceAlert } from '@passerelle/application';
import { IsoDate, VisibilityScope } from '@passerelle/domain';
import { DataSource } from 'typeorm';

interface Row {
  id: string;
  reference: string;
  title: string;
  revision: string;
  local_day: string;
  alerts: StoredComplianceAlert[] | null;
}

/** compliance_answers, fresh by convention_revisions (migration 1764000020000: triggers bump it). */
export class TypeormComplianceAnswers extends ComplianceAnswers {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async read(scope: VisibilityScope, now: Date): Promise<ComplianceAnswerLine[]> {
    const params: unknown[] = [now.toISOString()];
    let from = 'conventions c';
    if (scope.kind === 'organization') {
      params.push(scope.organizationId);
      from = `(SELECT DISTINCT convention_id FROM convention_parties WHERE organization_id = $2) s
              JOIN conventions c ON c.id = s.convention_id`;
    }
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, c.reference, c.title, COALESCE(v.revision, 0)::text AS revision,
              (($1::timestamptz) AT TIME ZONE c.time_zone)::date::text AS local_day,
              a.alerts
         FROM ${from}
         LEFT JOIN convention_revisions v ON v.convention_id = c.id
         LEFT JOIN compliance_answers a ON a.convention_id = c.id AND a.revision = COALESCE(v.revision, 0)
              AND a.local_day = (($1::timestamptz) AT TIME ZONE c.time_zone)::date
        ORDER BY c.reference`,
      params,
    );
    return rows.map((row) => ({
      conventionId: row.id,
      reference: row.reference,
      title: row.title,
      alerts: row.alerts,
      revision: row.revision,
      localDay: row.local_day,
    }));
  }

  async save(
    answers: Array<{
      conventionId: string;
      revision: string;
      localDay: IsoDate;
      alerts: StoredComplianceAlert[];
    }>,
  ): Promise<void> {
    if (answers.length === 0) return;
    // Never replaces a newer answer with an older one (two requests computing at once).
    await this.dataSource.query(
      `INSERT INTO compliance_answers (convention_id, revision, local_day, alerts)
       SELECT x.convention_id, x.revision, x.local_day, x.alerts
         FROM jsonb_to_recordset($1::jsonb) AS x(convention_id uuid, revision bigint, local_day date, alerts jsonb)
        WHERE EXISTS (SELECT 1 FROM conventions c WHERE c.id = x.convention_id)
       ON CONFLICT (convention_id) DO UPDATE SET revision = EXCLUDED.revision, local_day = EXCLUDED.local_day,
              alerts = EXCLUDED.alerts
        WHERE (compliance_answers.revision, compliance_answers.local_day) <= (EXCLUDED.revision, EXCLUDED.local_day)`,
      [
        JSON.stringify(
          answers.map((answer) => ({
            convention_id: answer.conventionId,
            revision: answer.revision,
            local_day: answer.localDay,
            alerts: answer.alerts,
          })),
        ),
      ],
    );
  }
}
