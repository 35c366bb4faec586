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
 * A write to these conventions: locks their organizations (parties', and those they carry) in id
 * order, so two writes for one organization take turns, and refreshes those organizations' own
 * deadlines. Answers the organizations. Two statements when nothing changes (a meeting recorded).
 */
export async function refreshOrganizationDeadlinesOf(
  manager: EntityManager,
  conventionIds: string[],
  now: Date,
): Promise<string[]> {
  if (conventionIds.length === 0) return [];
  const locked: Array<{ id: string }> = await manager.query(
    `SELECT id, pg_advisory_xact_lock(hashtext('passerelle:org-deadlines:' || id::text)) AS locked
       FROM (SELECT organization_id AS id FROM convention_parties
              WHERE convention_id = ANY($1::uuid[]) AND organization_id IS NOT NULL
             UNION
             SELECT organization_id FROM organization_deadlines WHERE convention_id = ANY($1::uuid[])
             ORDER BY 1) AS o`,
    [conventionIds],
  );
  const ids = locked.map((row) => row.id);
  if (ids.length) await refreshSome(manager, ids, now);
  return ids;
}

/**
 * Recomputes and stores every organization's own deadlines (`apd_declaration`) up to the deadline
 * horizon, in the caller's transaction (the deadline rebuild, the nightly extension); or these
 * organizations' (a deletion). Rows that still hold are left as they are, so their reminders stay.
 */
export async function refreshOrganizationDeadlines(
  manager: EntityManager,
  organizationIds: string[] | null,
  now: Date,
): Promise<number> {
  const ids =
    organizationIds ??
    (
      await manager.query<Array<{ id: string }>>(
        `SELECT organization_id AS id FROM convention_parties WHERE organization_id IS NOT NULL
         UNION SELECT organization_id FROM organization_deadlines`,
      )
    ).map((row) => row.id);
  let stored = 0;
  for (const part of chunks([...new Set(ids)].sort(), 2000)) stored += await refreshSome(manager, part, now);
  return stored;
}

async function refreshSome(manager: EntityManager, organizationIds: string[], now: Date): Promise<number> {
  const until = deadlineHorizon(calendarDateIn(now, 'UTC'));
  // The organizations' parties with their conventions' days in force, and the rows stored now.
  const found: Row[] = await manager.query(
    `SELECT 'span' AS what, p.organization_id, p.convention_id, p.country,
            to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
            NULL AS due_on, NULL::int AS declared_year
       FROM convention_parties p JOIN conventions c ON c.id = p.convention_id
      WHERE p.organization_id = ANY($1::uuid[])
     UNION ALL
     SELECT 'stored', organization_id, convention_id, NULL, NULL, NULL, to_char(due_on, 'YYYY-MM-DD'), declared_year
       FROM organization_deadlines WHERE organization_id = ANY($1::uuid[])`,
    [organizationIds],
  );
  const stored = found.filter((row) => row.what === 'stored');
  const rows = organizationIds.flatMap((organizationId) =>
    organizationApdDeadlines(
      organizationId,
      found
        .filter((row) => row.what === 'span' && row.organization_id === organizationId)
        .map((span): OrganizationPartySpan => ({
          conventionId: span.convention_id as string,
          country: span.country as string,
          startsOn: span.starts_on as IsoDate | null,
          endsOn: span.ends_on as IsoDate | null,
        })),
      until,
      new Map(
        stored
          .filter((row) => row.organization_id === organizationId)
          .map((row) => [row.due_on as IsoDate, row.convention_id as string]),
      ),
    ),
  );
  const key = (...parts: unknown[]) => parts.map(String).join('|');
  const before = new Set(
    stored.map((row) => key(row.organization_id, row.due_on, row.declared_year, row.convention_id)),
  );
  const unchanged =
    before.size === rows.length &&
    rows.every((row) => before.has(key(row.organizationId, row.dueOn, row.declaredYear, row.conventionId)));
  if (!unchanged) await writeOrganizationDeadlines(manager, organizationIds, rows);
  return rows.length;
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
  // The rows no longer due go; the others are added or moved (one statement).
  await manager.query(
    `WITH v AS (SELECT * FROM unnest($2::uuid[], $3::text[], $4::date[], $5::int[], $6::uuid[])
                  AS v(organization_id, kind, due_on, declared_year, convention_id)),
          gone AS (DELETE FROM organization_deadlines od
                    WHERE od.organization_id = ANY($1::uuid[])
                      AND NOT EXISTS (SELECT 1 FROM v WHERE v.organization_id = od.organization_id
                                         AND v.kind = od.kind AND v.due_on = od.due_on))
     INSERT INTO organization_deadlines (organization_id, kind, due_on, declared_year, convention_id)
     SELECT * FROM v
     ON CONFLICT (organization_id, kind, due_on) DO UPDATE
       SET declared_year = EXCLUDED.declared_year, convention_id = EXCLUDED.convention_id
     WHERE (organization_deadlines.declared_year, organization_deadlines.convention_id)
           IS DISTINCT FROM (EXCLUDED.declared_year, EXCLUDED.convention_id)`,
    [organizationIds, ...columns],
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
