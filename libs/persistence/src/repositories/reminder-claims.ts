import { ClaimedReminder, DeliveryOutcome, OpenDeadline } from '@passerelle/application';
import { EntityManager } from 'typeorm';
import { OPEN_DEADLINES_SQL, Row, toOpenDeadline, toRecipient, toView } from './reminder-rows';

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
            COALESCE(o.time_zone, $3) AS time_zone, NULL AS organization_policy,
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
    const recipient = toRecipient(userRow);
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
              retry_since = COALESCE(retry_since, $5)
        WHERE id = $1`,
      [
        outcome.id,
        outcome.error ?? null,
        outcome.nextAttemptAt ?? now,
        outcome.failureKind ?? 'outage',
        outcome.retrySince ?? null,
      ],
    );
  } else {
    await manager.query(
      `UPDATE reminders SET status = $2, attempts = attempts + $3, last_error = $4, failure_kind = $5 WHERE id = $1`,
      [
        outcome.id,
        outcome.result,
        outcome.result === 'failed' ? 1 : 0,
        outcome.error ?? null,
        outcome.failureKind ?? null,
      ],
    );
  }
}
