import { FollowedConvention } from '@passerelle/application';
import { DeadlineKind, EVENT_KINDS, IsoDate, LAPSING_KINDS } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { Row } from './reminder-rows';

/** Not "overdue" once passed: events, and renewal notices (they lapse). */
const NEVER_OVERDUE = [...EVENT_KINDS, ...LAPSING_KINDS];

/**
 * The conventions a person follows (a party of their organization's, not muted), each with its
 * next open deadline and its count of open tasks already past their date: the welcome mail's
 * summary.
 */
export async function followedConventions(
  manager: EntityManager,
  userId: string,
  now: Date,
): Promise<FollowedConvention[]> {
  const rows: Row[] = await manager.query(
    `SELECT c.id, c.reference, c.title,
            (SELECT array_agg(p.name ORDER BY p.position) FROM convention_parties p WHERE p.convention_id = c.id) AS party_names,
            next.kind AS next_kind, next.due_on::text AS next_due_on,
            (SELECT count(*)::int FROM deadlines d
              WHERE d.convention_id = c.id AND d.due_on < ($2::timestamptz AT TIME ZONE c.time_zone)::date
                AND NOT (d.kind = ANY($3::text[]))
                AND NOT EXISTS (SELECT 1 FROM deadline_records x
                                 WHERE x.convention_id = d.convention_id AND x.kind = d.kind AND x.due_on = d.due_on)) AS overdue
       FROM users u
       JOIN conventions c ON EXISTS (SELECT 1 FROM convention_parties p
                                     WHERE p.convention_id = c.id AND p.organization_id = u.organization_id)
       LEFT JOIN convention_follows f ON f.convention_id = c.id AND f.user_id = u.id
       LEFT JOIN LATERAL (
         SELECT d.kind, d.due_on FROM deadlines d
          WHERE d.convention_id = c.id AND d.due_on >= ($2::timestamptz AT TIME ZONE c.time_zone)::date
            AND NOT EXISTS (SELECT 1 FROM deadline_records x
                             WHERE x.convention_id = d.convention_id AND x.kind = d.kind AND x.due_on = d.due_on)
          ORDER BY d.due_on, d.kind LIMIT 1) next ON true
      WHERE u.id = $1 AND COALESCE(f.following, true)
      ORDER BY c.reference`,
    [userId, now, NEVER_OVERDUE],
  );
  return rows.map((row) => ({
    conventionId: row.id as string,
    reference: row.reference as string,
    conventionTitle: row.title as string,
    partyNames: (row.party_names as string[] | null) ?? [],
    next: row.next_kind ? { kind: row.next_kind as DeadlineKind, dueOn: row.next_due_on as IsoDate } : null,
    overdue: row.overdue as number,
  }));
}
