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
 */
export async function claimMail(manager: EntityManager, now: Date): Promise<Row[] | null> {
  const busy: string[] = [];
  for (let attempt = 0; attempt < RECIPIENT_TRIES; attempt += 1) {
    const [candidate]: Row[] = await manager.query(
      `SELECT recipient_id FROM reminders
        WHERE status = 'pending' AND next_attempt_at <= $1 AND send_at <= $1
          AND NOT (recipient_id = ANY($2::uuid[]))
        ORDER BY next_attempt_at, id LIMIT 1`,
      [now, busy],
    );
    if (!candidate) return null;
    const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('passerelle:reminder-recipient'), hashtext($1)) AS locked`,
      [candidate.recipient_id],
    );
    if (!locked) {
      busy.push(candidate.recipient_id as string);
      continue;
    }
    const [first]: Row[] = await manager.query(
      `SELECT r.*, c.reference FROM reminders r JOIN conventions c ON c.id = r.convention_id
        WHERE r.status = 'pending' AND r.next_attempt_at <= $1 AND r.send_at <= $1 AND r.recipient_id = $2
        ORDER BY r.next_attempt_at, r.id LIMIT 1
        FOR UPDATE OF r SKIP LOCKED`,
      [now, candidate.recipient_id],
    );
    if (!first) {
      busy.push(candidate.recipient_id as string);
      continue;
    }
    const siblings: Row[] = await manager.query(
      `SELECT r.*, c.reference FROM reminders r JOIN conventions c ON c.id = r.convention_id
        WHERE r.status = 'pending' AND r.recipient_id = $2 AND r.id <> $3 AND r.digest = $4
          AND r.next_attempt_at <= $1 AND r.send_at <= $1
          AND CASE WHEN $6::text IS NULL THEN r.message_id IS NULL AND ($4 OR r.send_at = $5)
                   ELSE r.message_id = $6 END
        ORDER BY r.id LIMIT 199
        FOR UPDATE OF r SKIP LOCKED`,
      [now, first.recipient_id, first.id, first.digest, first.send_at, first.message_id ?? null],
    );
    return [first, ...siblings];
  }
  return null;
}

/** Claimed rows with what sending them needs: the open deadline (or null: settled) and the recipient. */
export async function hydrateClaimed(
  manager: EntityManager,
  defaultTimeZone: string,
  rows: Row[],
): Promise<ClaimedReminder[]> {
  const keys = rows.map((row) => [row.convention_id, row.kind, row.due_on]);
  const deadlines: OpenDeadline[] = (
    await manager.query(
      `${OPEN_DEADLINES_SQL} AND (d.convention_id, d.kind, d.due_on) IN
         (SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[]))`,
      [keys.map((key) => key[0]), keys.map((key) => key[1]), keys.map((key) => key[2])],
    )
  ).map(toOpenDeadline);
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

/** Writes the result of one delivery attempt on its row. */
export async function recordOutcome(
  manager: EntityManager,
  outcome: DeliveryOutcome,
  now: Date,
): Promise<void> {
  if (outcome.result === 'sent') {
    await manager.query(
      `UPDATE reminders SET status = 'sent', message_id = $2, sent_at = $3, attempts = attempts + 1,
              last_error = NULL, failure_kind = NULL
        WHERE id = $1`,
      [outcome.id, outcome.messageId ?? null, now],
    );
  } else if (outcome.result === 'retry') {
    await manager.query(
      `UPDATE reminders SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, failure_kind = $4,
              message_id = COALESCE($5, message_id), retry_since = COALESCE(retry_since, $6)
        WHERE id = $1`,
      [
        outcome.id,
        outcome.error ?? null,
        outcome.nextAttemptAt ?? now,
        outcome.failureKind ?? 'outage',
        outcome.messageId ?? null,
        outcome.retrySince ?? null,
      ],
    );
  } else {
    await manager.query(
      `UPDATE reminders SET status = $2, attempts = attempts + $3, last_error = $4, failure_kind = $5,
              message_id = COALESCE($6, message_id)
        WHERE id = $1`,
      [
        outcome.id,
        outcome.result,
        outcome.result === 'failed' ? 1 : 0,
        outcome.error ?? null,
        outcome.failureKind ?? null,
        outcome.messageId ?? null,
      ],
    );
  }
}
