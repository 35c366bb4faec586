import {
  NewReminder,
  OpenDeadline,
  ownerKey,
  planRemindersOnWrite,
  ReminderRecipient,
} from '@passerelle/application';
import { ReminderReason } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import {
  insertReminders,
  OPEN_DEADLINES_SQL,
  RECIPIENTS_SQL,
  Row,
  toOpenDeadline,
  toRecipient,
} from './reminder-rows';
import { organizationsOf, refreshOrganizationDeadlinesOf } from './organization-deadline-rows';
import { effectiveOwners } from './typeorm-deadline-owner.repository';

/** How far back an open deadline may still have an overdue step (a year, and a margin for zones). */
const OVERDUE_REACH_DAYS = 367;

/**
 * Schedules, inside the caller's transaction, the reminder steps due now about these
 * conventions' open deadlines: a convention created or changed after the day's sweep, a
 * deadline reopened, a follower added, a lead time changed. What is already scheduled or sent
 * stays as it is (unique per deadline, step and recipient). `reason` is the write's, told by a
 * catch-up (`onboarding`: the rows leave as one welcome mail); `only` narrows the recipients to
 * the new followers. A write to conventions first brings their organizations' own deadlines
 * (apd_declaration) up to date, then schedules those too.
 */
export async function scheduleDueReminders(
  manager: EntityManager,
  conventionIds: string[],
  now: Date,
  reason: ReminderReason,
  only: { userId?: string; organizationId?: string } = {},
): Promise<number> {
  if (conventionIds.length === 0) return 0;
  // New followers: the conventions' dates did not change, nothing to refresh.
  const organizationIds =
    only.userId || only.organizationId
      ? await organizationsOf(manager, conventionIds)
      : await refreshOrganizationDeadlinesOf(manager, conventionIds, now);
  // The last sweep's instant comes with the rows: when the clock stands behind it, the write also
  // plans what the sweep has already read (planRemindersOnWrite).
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT open.*, s.last_swept_at AS scheduler_last_swept_at
       FROM (${OPEN_DEADLINES_SQL} AND (d.convention_id = ANY($1::uuid[]) OR d.organization_id = ANY($3::uuid[]))
         AND d.due_on >= ($2::timestamptz AT TIME ZONE 'UTC')::date - ${OVERDUE_REACH_DAYS}
         AND d.due_on <= (GREATEST($2::timestamptz, (SELECT last_swept_at FROM scheduler_state WHERE name = 'reminders'))
                            AT TIME ZONE 'UTC')::date + 1 + GREATEST(180,
               COALESCE((SELECT max(day::int) FROM reminder_policies, jsonb_each(lead_days) AS e(kind, days),
                                  jsonb_array_elements(days) AS day), 0))) AS open
       LEFT JOIN scheduler_state s ON s.name = 'reminders'`,
    [conventionIds, now, organizationIds],
  );
  const lastSweptAt = (rows[0]?.scheduler_last_swept_at as Date | null | undefined) ?? null;
  const deadlines: OpenDeadline[] = rows.map(toOpenDeadline);
  if (deadlines.length === 0) return 0;
  // An organization's deadline may go through another of its conventions.
  const carriers = [...new Set([...conventionIds, ...deadlines.map((deadline) => deadline.conventionId)])];
  const owners = await effectiveOwners(manager, deadlines);
  for (const deadline of deadlines)
    deadline.owners = owners.get(ownerKey(deadline.conventionId, deadline.kind, deadline.dueOn));
  const recipients = new Map<string, ReminderRecipient[]>();
  for (const row of await manager.query<Row[]>(RECIPIENTS_SQL, [carriers])) {
    if (only.userId && row.id !== only.userId) continue;
    if (only.organizationId && row.organization_id !== only.organizationId) continue;
    const list = recipients.get(row.convention_id as string) ?? [];
    list.push(toRecipient(row));
    recipients.set(row.convention_id as string, list);
  }
  const reminders: NewReminder[] = deadlines.flatMap((deadline) =>
    planRemindersOnWrite(deadline, recipients.get(deadline.conventionId) ?? [], now, lastSweptAt, reason),
  );
  return insertReminders(manager, reminders);
}

/**
 * A user who joins an organization follows its conventions from now: what is owed today, as one
 * welcome mail (onboarding rows), scheduled in the write's transaction rather than by the sweep.
 */
export async function scheduleNewMember(
  manager: EntityManager,
  userId: string,
  organizationId: string,
  now: Date,
): Promise<number> {
  const conventions: Array<{ id: string }> = await manager.query(
    'SELECT DISTINCT convention_id AS id FROM convention_parties WHERE organization_id = $1',
    [organizationId],
  );
  return scheduleDueReminders(
    manager,
    conventions.map((convention) => convention.id),
    now,
    'onboarding',
    { userId },
  );
}
