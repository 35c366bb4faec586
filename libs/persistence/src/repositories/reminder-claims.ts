import { ClaimedReminder, DeliveryOutcome, OpenDeadline } from '@passerelle/application';
import { EntityManager } from 'typeorm';
import { OPEN_DEADLINES_SQL, Row, toOpenDeadline, toRecipient, toView } from './reminder-rows';

/** How many recipients a worker tries when others are being written to by other workers. */
const RECIPIENT_TRIES = 8;

/**
 * One mail's rows, locked in the caller's transaction: the person's first due row and every other
 * due row of theirs with the same send time (one mail per person per sending moment; a digest
 * reader's: every due row of the week). Rows already attempted together carry that attempt's
 * Message-ID and are claimed again as that group, with no newcomer. A transaction-scoped advisory
 * lock per recipient keeps two workers (or two schedulers) from each claiming part of one
 * person's moment. Null when nothing is due that no other worker holds.
 *
 * One statement a try (CLAIM_SQL): the candidate, its advisory lock, its first row and the
 * siblings, each step reading the one before it; it was four round trips, each waiting for a
 * CPU on a loaded machine.
 */
export async function claimMail(manager: EntityManager, now: Date): Promise<Row[] | null> {
  const busy: string[] = [];
  for (let attempt = 0; attempt < RECIPIENT_TRIES; attempt += 1) {
    const rows: Row[] = await manager.query(CLAIM_SQL, [now, busy]);
    if (rows.length === 0) return null;
    const [{ claim_candidate: candidate }] = rows;
    const claimed = rows.filter((row) => row.id !== null);
    if (claimed.length === 0) {
      busy.push(candidate as string);
      continue;
    }
    // The first row first, its siblings by id, as the two queries gave them.
    return claimed.map(({ claim_candidate: _candidate, claim_order: _order, ...row }) => row);
  }
  return null;
}

/**
 * $1 now, $2 recipients others hold. No row: nothing due. One row with a null id: the candidate
 * recipient is held by another worker (its lock or its first row). Otherwise the mail's rows.
 * The lock is taken in a materialised CTE (a volatile function: evaluated once, before the
 * rows are read) and the rows are read only once it is held.
 */
const CLAIM_SQL = `
  WITH candidate AS MATERIALIZED (
    SELECT recipient_id FROM reminders
     WHERE status = 'pending' AND next_attempt_at <= $1 AND send_at <= $1
       AND NOT (recipient_id = ANY($2::uuid[]))
     ORDER BY next_attempt_at, id LIMIT 1
  ), locked AS MATERIALIZED (
    SELECT recipient_id FROM candidate
     WHERE pg_try_advisory_xact_lock(hashtext('passerelle:reminder-recipient'), hashtext(recipient_id::text))
  ), first AS MATERIALIZED (
    SELECT r.*, c.reference FROM locked l
      JOIN reminders r ON r.recipient_id = l.recipient_id
      JOIN conventions c ON c.id = r.convention_id
     WHERE r.status = 'pending' AND r.next_attempt_at <= $1 AND r.send_at <= $1
     ORDER BY r.next_attempt_at, r.id LIMIT 1
     FOR UPDATE OF r SKIP LOCKED
  ), siblings AS MATERIALIZED (
    SELECT r.*, c.reference FROM first f
      JOIN reminders r ON r.recipient_id = f.recipient_id AND r.id <> f.id AND r.digest = f.digest
      JOIN conventions c ON c.id = r.convention_id
     WHERE r.status = 'pending' AND r.next_attempt_at <= $1 AND r.send_at <= $1
       AND CASE WHEN f.message_id IS NULL THEN r.message_id IS NULL AND (f.digest OR r.send_at = f.send_at)
                ELSE r.message_id = f.message_id END
     ORDER BY r.id LIMIT 199
     FOR UPDATE OF r SKIP LOCKED
  ), mail AS (
    SELECT 0 AS claim_order, * FROM first
    UNION ALL
    SELECT 1 AS claim_order, * FROM siblings
  )
  SELECT k.recipient_id AS claim_candidate, m.*
    FROM candidate k LEFT JOIN mail m ON true
   ORDER BY m.claim_order, m.id`;

/** Claimed rows with what sending them needs: the open deadline (or null: settled) and the recipient. */
export async function hydrateClaimed(
  manager: EntityManager,
  defaultTimeZone: string,
  rows: Row[],
): Promise<ClaimedReminder[]> {
  const keys = rows.map((row) => [row.convention_id, row.kind, row.due_on]);
  const deadlineRows: Row[] = await manager.query(
    `${OPEN_DEADLINES_SQL} AND (d.convention_id, d.kind, d.due_on) IN
       (SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[]))`,
    [keys.map((key) => key[0]), keys.map((key) => key[1]), keys.map((key) => key[2])],
  );
  const deadlines: OpenDeadline[] = deadlineRows.map(toOpenDeadline);
  const recipientRows: Row[] = await manager.query(
    `SELECT u.id, u.email, u.name, u.language, u.role, u.organization_id, u.reminder_mode,
            COALESCE(o.time_zone, $3) AS time_zone, NULL AS organization_policy, o.name AS organization_name,
            COALESCE(f.following, true) AS following, f.convention_id
       FROM users u
       LEFT JOIN organizations o ON o.id = u.organization_id
       LEFT JOIN convention_follows f ON f.user_id = u.id AND f.convention_id = ANY($2::uuid[])
      WHERE u.id = ANY($1::uuid[])`,
    [rows.map((row) => row.recipient_id), rows.map((row) => row.convention_id), defaultTimeZone],
  );
  return rows.map((row) => {
    const deadline =
      deadlines.find(
        (item) =>
          item.conventionId === row.convention_id && item.kind === row.kind && item.dueOn === row.due_on,
      ) ?? null;
    const userRows = recipientRows.filter((user) => user.id === row.recipient_id);
    const userRow = userRows.find((user) => user.convention_id === row.convention_id) ?? {
      ...userRows[0],
      following: true,
    };
    const recipient = {
      ...toRecipient(userRow),
      organizationName: (userRow.organization_name as string | null) ?? null,
    };
    return {
      ...toView({ ...row, email: recipient.email }),
      daysLeft: row.days_left as number,
      retrySince: row.retry_since ? (row.retry_since as Date).toISOString() : null,
      deadline,
      recipientUser: recipient,
    };
  });
}

/**
 * Writes the result of one mail's delivery attempt on its rows, in one statement (a mail of several
 * rows was one UPDATE a row): sent, retried (attempts + 1, the next attempt, the Message-ID kept),
 * cancelled or failed.
 */
export async function recordOutcomes(
  manager: EntityManager,
  outcomes: DeliveryOutcome[],
  now: Date,
): Promise<void> {
  if (outcomes.length === 0) return;
  await manager.query(
    `UPDATE reminders r SET
            status = CASE o.result WHEN 'sent' THEN 'sent' WHEN 'retry' THEN r.status ELSE o.result END,
            message_id = CASE WHEN o.result = 'sent' THEN o.message_id ELSE COALESCE(o.message_id, r.message_id) END,
            sent_at = CASE WHEN o.result = 'sent' THEN $2 ELSE r.sent_at END,
            attempts = r.attempts + CASE WHEN o.result IN ('sent', 'retry', 'failed') THEN 1 ELSE 0 END,
            last_error = CASE WHEN o.result = 'sent' THEN NULL ELSE o.error END,
            failure_kind = CASE o.result WHEN 'sent' THEN NULL WHEN 'retry' THEN COALESCE(o.failure_kind, 'outage')
                                ELSE o.failure_kind END,
            next_attempt_at = CASE WHEN o.result = 'retry' THEN COALESCE(o.next_attempt_at, $2) ELSE r.next_attempt_at END,
            retry_since = CASE WHEN o.result = 'retry' THEN COALESCE(r.retry_since, o.retry_since) ELSE r.retry_since END
       FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, result text, message_id text, error text,
            failure_kind text, next_attempt_at timestamptz, retry_since timestamptz)
      WHERE r.id = o.id`,
    [
      JSON.stringify(
        outcomes.map((outcome) => ({
          id: outcome.id,
          result: outcome.result,
          message_id: outcome.messageId ?? null,
          error: outcome.error ?? null,
          failure_kind: outcome.failureKind ?? null,
          next_attempt_at: outcome.nextAttemptAt?.toISOString() ?? null,
          retry_since: outcome.retrySince?.toISOString() ?? null,
        })),
      ),
      now,
    ],
  );
}
