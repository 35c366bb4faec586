import {
  NewReminder,
  OpenDeadline,
  ReminderRecipient,
  ReminderStatus,
  ReminderView,
} from '@passerelle/application';
import { DeadlineKind, Language, LeadDays, ReminderReason } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { CLAUSE_SOURCE_JOIN, DEADLINE_SOURCE_SQL } from './deadline-rows';

/** Rows of the reminder tables and the queries the sweep, the dispatcher and write-time scheduling share. */
export type Row = Record<string, unknown>;

/**
 * The stored deadlines of conventions, and those of organizations (`apd_declaration`, CONTRACT §7)
 * with the convention their reminders go through; an organization's is open until its
 * declaration is recorded. One relation, so every query on `d` reads both.
 */
const DEADLINE_ROWS = `(
  SELECT convention_id, kind, due_on, clause, term_index, period_from, plan_year, source_article, source_quote,
         source_inherited, NULL::uuid AS organization_id FROM deadlines
  UNION ALL
  SELECT od.convention_id, od.kind, od.due_on, NULL::text, NULL::integer, NULL::date, NULL::integer,
         'CGCT L1115-6'::text, NULL::text, false, od.organization_id
    FROM organization_deadlines od
   WHERE NOT EXISTS (SELECT 1 FROM apd_declarations a
                      WHERE a.organization_id = od.organization_id AND a.year = od.declared_year))`;

export const OPEN_DEADLINES_SQL = `
  SELECT d.convention_id, c.reference, COALESCE(o.name, c.title) AS title, COALESCE(o.time_zone, c.time_zone) AS time_zone,
         d.kind, d.due_on, d.term_index, d.plan_year, d.period_from, ${DEADLINE_SOURCE_SQL},
         cp.lead_days AS convention_policy, d.organization_id,
         CASE WHEN d.organization_id IS NULL THEN
           (SELECT array_agg(p.name ORDER BY p.position) FROM convention_parties p WHERE p.convention_id = c.id)
         END AS party_names,
         COALESCE(o.name, (SELECT wo.name FROM convention_writers w JOIN organizations wo ON wo.id = w.organization_id
           WHERE w.convention_id = c.id)) AS written_by
    FROM ${DEADLINE_ROWS} d
    JOIN conventions c ON c.id = d.convention_id
    LEFT JOIN organizations o ON o.id = d.organization_id
    ${CLAUSE_SOURCE_JOIN}
    LEFT JOIN reminder_policies cp ON cp.scope = 'convention' AND cp.scope_id = c.id
   WHERE NOT EXISTS (SELECT 1 FROM deadline_records r
                      WHERE r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on)`;

export function toOpenDeadline(row: Row): OpenDeadline {
  return {
    conventionId: row.convention_id as string,
    reference: row.reference as string,
    conventionTitle: row.title as string,
    partyNames: (row.party_names as string[] | null) ?? [],
    writtenBy: (row.written_by as string | null) ?? null,
    timeZone: row.time_zone as string,
    kind: row.kind as DeadlineKind,
    dueOn: row.due_on as string,
    termIndex: row.term_index as number | null,
    planYear: row.plan_year as number | null,
    periodFrom: row.period_from as string | null,
    sourceArticle: row.source_article as string | null,
    sourceQuote: row.source_quote as string | null,
    conventionPolicy: (row.convention_policy as LeadDays | null) ?? null,
    organizationId: (row.organization_id as string | null) ?? null,
  };
}

/** Users of the parties' organizations, with their settings for that convention. */
export const RECIPIENTS_SQL = `
  SELECT DISTINCT p.convention_id, u.id, u.email, u.name, u.language, u.role, u.organization_id, u.reminder_mode,
         o.time_zone, op.lead_days AS organization_policy, COALESCE(f.following, true) AS following
    FROM convention_parties p
    JOIN users u ON u.organization_id = p.organization_id AND u.active
    JOIN organizations o ON o.id = u.organization_id
    LEFT JOIN reminder_policies op ON op.scope = 'organization' AND op.scope_id = o.id
    LEFT JOIN convention_follows f ON f.convention_id = p.convention_id AND f.user_id = u.id
   WHERE p.convention_id = ANY($1::uuid[])`;

export function toRecipient(row: Row): ReminderRecipient & { organizationId: string | null } {
  return {
    userId: row.id as string,
    email: row.email as string,
    name: row.name as string,
    language: row.language as Language,
    role: row.role as ReminderRecipient['role'],
    timeZone: row.time_zone as string,
    digest: row.reminder_mode === 'digest',
    organizationPolicy: (row.organization_policy as LeadDays | null) ?? null,
    following: row.following as boolean,
    organizationId: row.organization_id as string | null,
  };
}

export function toView(row: Row): ReminderView {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    reference: row.reference as string,
    kind: row.kind as DeadlineKind,
    dueOn: row.due_on as string,
    step: row.step as string,
    recipient: row.email as string,
    escalation: row.escalation as boolean,
    byEscalation: (row.by_escalation as boolean | undefined) ?? false,
    catchUp: row.catch_up as boolean,
    reason: (row.reason as ReminderReason | undefined) ?? 'on_time',
    digest: row.digest as boolean,
    status: row.status as ReminderStatus,
    sendAt: (row.send_at as Date).toISOString(),
    attempts: row.attempts as number,
    lastError: row.last_error as string | null,
    messageId: row.message_id as string | null,
    sentAt: row.sent_at ? (row.sent_at as Date).toISOString() : null,
    nextAttemptAt: row.status === 'pending' ? (row.next_attempt_at as Date).toISOString() : null,
    failureKind: (row.failure_kind as ReminderView['failureKind']) ?? null,
  };
}

export async function insertReminders(manager: EntityManager, reminders: NewReminder[]): Promise<number> {
  let created = 0;
  for (let offset = 0; offset < reminders.length; offset += 5000) {
    const batch = reminders.slice(offset, offset + 5000);
    const result: unknown[] = await manager.query(
      `INSERT INTO reminders (convention_id, kind, due_on, step, recipient_id, escalation, catch_up, days_left, digest,
         send_at, by_escalation, reason, next_attempt_at)
       SELECT v.*, v.send_at FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::uuid[], $6::bool[],
         $7::bool[], $8::int[], $9::bool[], $10::timestamptz[], $11::bool[], $12::text[])
         AS v(convention_id, kind, due_on, step, recipient_id, escalation, catch_up, days_left, digest, send_at,
              by_escalation, reason)
       ON CONFLICT ON CONSTRAINT reminders_once_key DO NOTHING
       RETURNING id`,
      [
        batch.map((item) => item.conventionId),
        batch.map((item) => item.kind),
        batch.map((item) => item.dueOn),
        batch.map((item) => item.step),
        batch.map((item) => item.recipientId),
        batch.map((item) => item.escalation),
        batch.map((item) => item.catchUp),
        batch.map((item) => item.daysLeft),
        batch.map((item) => item.digest),
        batch.map((item) => item.sendAt),
        batch.map((item) => item.byEscalation),
        batch.map((item) => item.reason),
      ],
    );
    created += result.length;
  }
  return created;
}
