import {
  NewReminder,
  OpenDeadline,
  ownerKey,
  planDueReminders,
  ReminderRecipient,
} from '@passerelle/application';
import { EntityManager } from 'typeorm';
import {
  insertReminders,
  OPEN_DEADLINES_SQL,
  RECIPIENTS_SQL,
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
 * stays as it is (unique per deadline, step and recipient). A write to conventions first brings
 * their organizations' own deadlines (apd_declaration) up to date, then schedules those too.
 */
export async function scheduleDueReminders(
  manager: EntityManager,
  conventionIds: string[],
  now: Date,
  onlyUserId?: string,
): Promise<number> {
  if (conventionIds.length === 0) return 0;
  // A follower or a lead time changed: the conventions' dates did not, nothing to refresh.
  const organizationIds = onlyUserId
    ? await organizationsOf(manager, conventionIds)
    : await refreshOrganizationDeadlinesOf(manager, conventionIds, now);
  const deadlines: OpenDeadline[] = (
    await manager.query(
      `${OPEN_DEADLINES_SQL} AND (d.convention_id = ANY($1::uuid[]) OR d.organization_id = ANY($3::uuid[]))
         AND d.due_on >= ($2::timestamptz AT TIME ZONE 'UTC')::date - ${OVERDUE_REACH_DAYS}
         AND d.due_on <= ($2::timestamptz AT TIME ZONE 'UTC')::date + 1 + GREATEST(180,
               COALESCE((SELECT max(day::int) FROM reminder_policies, jsonb_each(lead_days) AS e(kind, days),
                                  jsonb_array_elements(days) AS day), 0))`,
      [conventionIds, now, organizationIds],
    )
  ).map(toOpenDeadline);
  if (deadlines.length === 0) return 0;
  // An organization's deadline may go through another of its conventions.
  const carriers = [...new Set([...conventionIds, ...deadlines.map((deadline) => deadline.conventionId)])];
  const owners = await effectiveOwners(manager, deadlines);
  for (const deadline of deadlines)
    deadline.owners = owners.get(ownerKey(deadline.conventionId, deadline.kind, deadline.dueOn));
  const recipients = new Map<string, ReminderRecipient[]>();
  for (const row of await manager.query(RECIPIENTS_SQL, [carriers])) {
    if (onlyUserId && row.id !== onlyUserId) continue;
    const list = recipients.get(row.convention_id) ?? [];
    list.push(toRecipient(row));
    recipients.set(row.convention_id, list);
  }
  const reminders: NewReminder[] = deadlines.flatMap((deadline) =>
    planDueReminders(deadline, recipients.get(deadline.conventionId) ?? [], now),
  );
  return insertReminders(manager, reminders);
}
