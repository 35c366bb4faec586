import { deadlineHorizon } from '@passerelle/application';
import {
  calendarDateIn,
  IsoDate,
  organizationApdDeadlines,
  OrganizationDeadline,
  OrganizationPartySpan,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { chunks } from './portfolio-rows';

type Row = Record<string, unknown>;

/** The organizations whose own deadlines these conventions may change: their parties', and those they carry. */
export async function organizationsOf(manager: EntityManager, conventionIds: string[]): Promise<string[]> {
  if (conventionIds.length === 0) return [];
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT organization_id AS id FROM convention_parties
      WHERE convention_id = ANY($1::uuid[]) AND organization_id IS NOT NULL
     UNION
     SELECT organization_id FROM organization_deadlines WHERE convention_id = ANY($1::uuid[])`,
    [conventionIds],
  );
  return rows.map((row) => row.id).sort();
}

/** The conventions these organizations' own deadlines are reminded through. */
export async function carriersOf(manager: EntityManager, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows: Array<{ id: string }> = await manager.query(
    'SELECT DISTINCT convention_id AS id FROM organization_deadlines WHERE organization_id = ANY($1::uuid[])',
    [organizationIds],
  );
  return rows.map((row) => row.id);
}

/**
 * Recomputes and stores the organizations' own deadlines (`apd_declaration`) up to the deadline
 * horizon, in the caller's transaction; null: every organization (the deadline rebuild). Rows
 * that still hold are left as they are, so their reminders stay.
 */
export async function refreshOrganizationDeadlines(
  manager: EntityManager,
  organizationIds: string[] | null,
  now: Date,
): Promise<number> {
  const until = deadlineHorizon(calendarDateIn(now, 'UTC'));
  const ids =
    organizationIds ??
    (
      (await manager.query(
        `SELECT organization_id AS id FROM convention_parties WHERE organization_id IS NOT NULL
         UNION SELECT organization_id FROM organization_deadlines`,
      )) as Array<{ id: string }>
    ).map((row) => row.id);
  let stored = 0;
  for (const part of chunks([...new Set(ids)].sort(), 2000)) {
    // Two writes for one organization at once: the second waits and reads what the first wrote.
    if (organizationIds)
      for (const id of part)
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('passerelle:org-deadlines:' || $1))`, [
          id,
        ]);
    const spans: Row[] = await manager.query(
      `SELECT p.organization_id, p.convention_id, p.country,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM convention_parties p JOIN conventions c ON c.id = p.convention_id
        WHERE p.organization_id = ANY($1::uuid[])`,
      [part],
    );
    const previous: Row[] = await manager.query(
      `SELECT organization_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, convention_id
         FROM organization_deadlines WHERE organization_id = ANY($1::uuid[])`,
      [part],
    );
    const rows = part.flatMap((organizationId) =>
      organizationApdDeadlines(
        organizationId,
        spans
          .filter((span) => span.organization_id === organizationId)
          .map((span): OrganizationPartySpan => ({
            conventionId: span.convention_id as string,
            country: span.country as string,
            startsOn: span.starts_on as IsoDate | null,
            endsOn: span.ends_on as IsoDate | null,
          })),
        until,
        new Map(
          previous
            .filter((row) => row.organization_id === organizationId)
            .map((row) => [row.due_on as IsoDate, row.convention_id as string]),
        ),
      ),
    );
    await writeOrganizationDeadlines(manager, part, rows);
    stored += rows.length;
  }
  return stored;
}

async function writeOrganizationDeadlines(
  manager: EntityManager,
  organizationIds: string[],
  rows: OrganizationDeadline[],
): Promise<void> {
  const columns = [
    rows.map((row) => row.organizationId),
    rows.map((row) => row.kind),
    rows.map((row) => row.dueOn),
    rows.map((row) => row.declaredYear),
    rows.map((row) => row.conventionId),
  ];
  await manager.query(
    `DELETE FROM organization_deadlines
      WHERE organization_id = ANY($1::uuid[])
        AND (organization_id, kind, due_on) NOT IN (SELECT * FROM unnest($2::uuid[], $3::text[], $4::date[]))`,
    [organizationIds, columns[0], columns[1], columns[2]],
  );
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO organization_deadlines (organization_id, kind, due_on, declared_year, convention_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::int[], $5::uuid[])
     ON CONFLICT (organization_id, kind, due_on) DO UPDATE
       SET declared_year = EXCLUDED.declared_year, convention_id = EXCLUDED.convention_id
     WHERE (organization_deadlines.declared_year, organization_deadlines.convention_id)
           IS DISTINCT FROM (EXCLUDED.declared_year, EXCLUDED.convention_id)`,
    columns,
  );
}

/** An organization's stored own deadlines in a window, with whether the declaration was recorded. */
export async function organizationDeadlinesIn(
  manager: EntityManager,
  organizationId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<Array<{ kind: 'apd_declaration'; dueOn: IsoDate; declaredYear: number; declared: boolean }>> {
  const rows: Row[] = await manager.query(
    `SELECT od.kind, to_char(od.due_on, 'YYYY-MM-DD') AS due_on, od.declared_year,
            EXISTS (SELECT 1 FROM apd_declarations a
                     WHERE a.organization_id = od.organization_id AND a.year = od.declared_year) AS declared
       FROM organization_deadlines od
      WHERE od.organization_id = $1 AND od.due_on BETWEEN $2 AND $3
      ORDER BY od.due_on`,
    [organizationId, from, to],
  );
  return rows.map((row) => ({
    kind: row.kind as 'apd_declaration',
    dueOn: row.due_on as IsoDate,
    declaredYear: row.declared_year as number,
    declared: row.declared as boolean,
  }));
}
