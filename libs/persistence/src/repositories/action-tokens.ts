import { ActionToken, ReminderRepository } from '@passerelle/application';
import { DeadlineKind, IsoDate } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Row } from './reminder-rows';

/** The links of reminder mails: mark a deadline done (single use), stop following conventions. */
type NewToken = Parameters<ReminderRepository['createActionTokens']>[0][number];

export async function insertActionTokens(dataSource: DataSource, tokens: NewToken[]): Promise<void> {
  if (tokens.length === 0) return;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO action_tokens (token_hash, purpose, user_id, convention_id, kind, due_on, expires_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::timestamptz[])`,
      [
        tokens.map((token) => token.hash),
        tokens.map((token) => token.purpose),
        tokens.map((token) => token.userId),
        tokens.map((token) => token.conventionId),
        tokens.map((token) => token.kind),
        tokens.map((token) => token.dueOn),
        tokens.map((token) => token.expiresAt),
      ],
    );
    const scoped = tokens.flatMap((token) =>
      (token.conventionIds ?? []).map((conventionId) => ({ hash: token.hash, conventionId })),
    );
    if (scoped.length === 0) return;
    await manager.query(
      `INSERT INTO action_token_conventions (token_hash, convention_id)
       SELECT * FROM unnest($1::text[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [scoped.map((row) => row.hash), scoped.map((row) => row.conventionId)],
    );
  });
}

/** The conventions a token names: its listed ones still in the database, else its own. */
const CONVENTIONS_SQL = `COALESCE(
  (SELECT array_agg(tc.convention_id ORDER BY tc.convention_id) FROM action_token_conventions tc
    WHERE tc.token_hash = t.token_hash),
  ARRAY[t.convention_id]) AS convention_ids`;

/** Single-use tokens (mark_done) are consumed atomically; unfollow tokens may be used again. */
export async function useActionToken(
  dataSource: DataSource,
  hash: string,
  purpose: 'mark_done' | 'unfollow',
  now: Date,
): Promise<ActionToken | null> {
  const [rows] = await dataSource.query<[Row[], number]>(
    `UPDATE action_tokens t SET used_at = $3
      WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3 AND (used_at IS NULL OR purpose = 'unfollow')
      RETURNING user_id, convention_id, kind, due_on, ${CONVENTIONS_SQL}`,
    [hash, purpose, now],
  );
  return rows[0] ? toToken(rows[0]) : null;
}

export async function findUnfollowToken(
  dataSource: DataSource,
  hash: string,
  now: Date,
): Promise<ActionToken | null> {
  const rows: Row[] = await dataSource.query(
    `SELECT user_id, convention_id, kind, due_on, ${CONVENTIONS_SQL} FROM action_tokens t
      WHERE token_hash = $1 AND purpose = 'unfollow' AND expires_at > $2`,
    [hash, now],
  );
  return rows[0] ? toToken(rows[0]) : null;
}

export async function unfollowAll(dataSource: DataSource, userId: string, conventionIds: string[]) {
  await dataSource.query(
    `INSERT INTO convention_follows (convention_id, user_id, following)
     SELECT c.id, $1, false FROM conventions c WHERE c.id = ANY($2::uuid[])
     ON CONFLICT (convention_id, user_id) DO UPDATE SET following = false, updated_at = now()`,
    [userId, conventionIds],
  );
}

function toToken(row: Row): ActionToken {
  return {
    userId: row.user_id as string,
    conventionId: row.convention_id as string,
    conventionIds: row.convention_ids as string[],
    kind: row.kind as DeadlineKind | null,
    dueOn: row.due_on as IsoDate | null,
  };
}
