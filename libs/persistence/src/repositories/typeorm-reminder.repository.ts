import {
  ClaimedReminder,
  DeliveryOutcome,
  NewReminder,
  OpenDeadline,
  ownerKey,
  ReminderRecipient,
  ReminderRepository,
  ReminderStatus,
  ReminderView,
} from '@passerelle/application';
import { DeadlineKind, IsoDate, Language, LeadDays } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CLAUSE_SOURCE_JOIN, DEADLINE_SOURCE_SQL } from './deadline-rows';
import { effectiveOwners } from './typeorm-deadline-owner.repository';

type Row = Record<string, unknown>;
const SWEEP_LOCK = 'passerelle:reminder-sweep';

const OPEN_DEADLINES_SQL = `
  SELECT d.convention_id, c.reference, c.title, c.time_zone, d.kind, d.due_on, d.term_index, d.plan_year,
         d.period_from, ${DEADLINE_SOURCE_SQL}, cp.lead_days AS convention_policy,
         (SELECT array_agg(p.name ORDER BY p.position) FROM convention_parties p WHERE p.convention_id = c.id) AS party_names,
         (SELECT wo.name FROM convention_writers w JOIN organizations wo ON wo.id = w.organization_id
           WHERE w.convention_id = c.id) AS written_by
    FROM deadlines d
    JOIN conventions c ON c.id = d.convention_id
    ${CLAUSE_SOURCE_JOIN}
    LEFT JOIN reminder_policies cp ON cp.scope = 'convention' AND cp.scope_id = c.id
   WHERE NOT EXISTS (SELECT 1 FROM deadline_records r
                      WHERE r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on)`;

function toOpenDeadline(row: Row): OpenDeadline {
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
  };
}

/** Users of the parties' organizations, with their settings for that convention. */
const RECIPIENTS_SQL = `
  SELECT DISTINCT p.convention_id, u.id, u.email, u.name, u.language, u.role, u.organization_id, u.reminder_mode,
         o.time_zone, op.lead_days AS organization_policy, COALESCE(f.following, true) AS following
    FROM convention_parties p
    JOIN users u ON u.organization_id = p.organization_id AND u.active
    JOIN organizations o ON o.id = u.organization_id
    LEFT JOIN reminder_policies op ON op.scope = 'organization' AND op.scope_id = o.id
    LEFT JOIN convention_follows f ON f.convention_id = p.convention_id AND f.user_id = u.id
   WHERE p.convention_id = ANY($1::uuid[])`;

function toRecipient(row: Row): ReminderRecipient & { organizationId: string | null } {
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

function toView(row: Row): ReminderView {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    reference: row.reference as string,
    kind: row.kind as DeadlineKind,
    dueOn: row.due_on as string,
    step: row.step as string,
    recipient: row.email as string,
    escalation: row.escalation as boolean,
    catchUp: row.catch_up as boolean,
    digest: row.digest as boolean,
    status: row.status as ReminderStatus,
    sendAt: (row.send_at as Date).toISOString(),
    attempts: row.attempts as number,
    lastError: row.last_error as string | null,
    messageId: row.message_id as string | null,
    sentAt: row.sent_at ? (row.sent_at as Date).toISOString() : null,
  };
}

export class TypeormReminderRepository extends ReminderRepository {
  constructor(
    private readonly dataSource: DataSource,
    /** TZ_DEFAULT: the zone of a recipient without an organization (an admin). */
    private readonly defaultTimeZone: string,
  ) {
    super();
  }

  async sweep(plan: Parameters<ReminderRepository['sweep']>[0]): Promise<{ created: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        SWEEP_LOCK,
      ]);
      if (!locked) return null;
      const [state] = await manager.query(
        `SELECT last_swept_at FROM scheduler_state WHERE name = 'reminders'`,
      );
      const zones: Array<{ time_zone: string }> = await manager.query(
        'SELECT DISTINCT time_zone FROM conventions',
      );
      const overrides: Array<{ day: number }> = await manager.query(
        `SELECT DISTINCT (jsonb_array_elements(value))::int AS day FROM reminder_policies, jsonb_each(lead_days)`,
      );
      const { reminders, sweptAt } = await plan({
        lastSweptAt: (state?.last_swept_at as Date | null | undefined) ?? null,
        zones: zones.map((row) => row.time_zone),
        leadDaysInUse: overrides.map((row) => row.day),
        load: async (dueDates) => {
          const deadlines = (
            await manager.query(`${OPEN_DEADLINES_SQL} AND d.due_on = ANY($1::date[])`, [dueDates])
          ).map(toOpenDeadline);
          const recipients = new Map<string, ReminderRecipient[]>();
          const ids = [...new Set(deadlines.map((deadline: OpenDeadline) => deadline.conventionId))];
          if (ids.length) {
            for (const row of await manager.query(RECIPIENTS_SQL, [ids])) {
              const list = recipients.get(row.convention_id) ?? [];
              list.push(toRecipient(row));
              recipients.set(row.convention_id, list);
            }
          }
          // Who owns each deadline in each organization (the owner is written to first).
          const owners = await effectiveOwners(manager, deadlines);
          for (const deadline of deadlines as OpenDeadline[])
            deadline.owners = owners.get(ownerKey(deadline.conventionId, deadline.kind, deadline.dueOn));
          return { deadlines, recipients };
        },
      });
      const created = await insertReminders(manager, reminders);
      await manager.query(
        `INSERT INTO scheduler_state (name, last_swept_on, last_swept_at) VALUES ('reminders', $1::timestamptz::date, $1)
         ON CONFLICT (name) DO UPDATE SET last_swept_at = GREATEST(scheduler_state.last_swept_at, EXCLUDED.last_swept_at),
           last_swept_on = GREATEST(scheduler_state.last_swept_on, EXCLUDED.last_swept_on), updated_at = now()`,
        [sweptAt],
      );
      return { created };
    });
  }

  async dispatch(
    now: Date,
    limit: number,
    deliver: (claimed: ClaimedReminder[]) => Promise<DeliveryOutcome[]>,
  ): Promise<DeliveryOutcome[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT r.*, c.reference FROM reminders r JOIN conventions c ON c.id = r.convention_id
          WHERE r.status = 'pending' AND r.next_attempt_at <= $1 AND r.send_at <= $1
          ORDER BY r.next_attempt_at, r.id
          LIMIT $2
          FOR UPDATE OF r SKIP LOCKED`,
        [now, limit],
      );
      if (rows.length === 0) return [];
      const claimed = await this.hydrate(manager, rows);
      const outcomes = await deliver(claimed);
      for (const outcome of outcomes) {
        if (outcome.result === 'sent') {
          await manager.query(
            `UPDATE reminders SET status = 'sent', message_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL
              WHERE id = $1`,
            [outcome.id, outcome.messageId ?? null, now],
          );
        } else if (outcome.result === 'retry') {
          await manager.query(
            `UPDATE reminders SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1`,
            [outcome.id, outcome.error ?? null, outcome.nextAttemptAt ?? now],
          );
        } else {
          await manager.query(
            `UPDATE reminders SET status = $2, attempts = attempts + $3, last_error = $4 WHERE id = $1`,
            [outcome.id, outcome.result, outcome.result === 'failed' ? 1 : 0, outcome.error ?? null],
          );
        }
      }
      return outcomes;
    });
  }

  private async hydrate(manager: EntityManager, rows: Row[]): Promise<ClaimedReminder[]> {
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
      [rows.map((row) => row.recipient_id), rows.map((row) => row.convention_id), this.defaultTimeZone],
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
        deadline,
        recipientUser: recipient,
      };
    });
  }

  async list(filter: {
    status?: ReminderStatus;
    conventionId?: string;
    organizationId?: string;
    limit: number;
  }): Promise<ReminderView[]> {
    const rows = await this.dataSource.query(
      `SELECT r.*, c.reference, u.email FROM reminders r
         JOIN conventions c ON c.id = r.convention_id
         JOIN users u ON u.id = r.recipient_id
        WHERE ($1::text IS NULL OR r.status = $1) AND ($2::uuid IS NULL OR r.convention_id = $2)
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = r.convention_id AND p.organization_id = $3))
        ORDER BY r.send_at DESC, r.id LIMIT $4`,
      [filter.status ?? null, filter.conventionId ?? null, filter.organizationId ?? null, filter.limit],
    );
    return rows.map(toView);
  }

  async setFollowing(conventionId: string, userId: string, following: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO convention_follows (convention_id, user_id, following) VALUES ($1, $2, $3)
       ON CONFLICT (convention_id, user_id) DO UPDATE SET following = EXCLUDED.following, updated_at = now()`,
      [conventionId, userId, following],
    );
  }

  async setPolicy(scope: 'organization' | 'convention', scopeId: string, leadDays: LeadDays): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO reminder_policies (scope, scope_id, lead_days) VALUES ($1, $2, $3)
       ON CONFLICT (scope, scope_id) DO UPDATE SET lead_days = EXCLUDED.lead_days, updated_at = now()`,
      [scope, scopeId, JSON.stringify(leadDays)],
    );
  }

  async admins(): Promise<Array<{ email: string; language: Language }>> {
    return this.dataSource.query(
      `SELECT email, language FROM users WHERE role = 'admin' AND active ORDER BY email`,
    );
  }

  async createActionTokens(tokens: Parameters<ReminderRepository['createActionTokens']>[0]): Promise<void> {
    if (tokens.length === 0) return;
    await this.dataSource.query(
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
  }

  async useActionToken(hash: string, purpose: 'mark_done' | 'unfollow', now: Date) {
    const [rows] = await this.dataSource.query(
      `UPDATE action_tokens SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3 AND (used_at IS NULL OR purpose = 'unfollow')
        RETURNING user_id, convention_id, kind, due_on`,
      [hash, purpose, now],
    );
    const row = rows[0];
    return row
      ? {
          userId: row.user_id,
          conventionId: row.convention_id,
          kind: row.kind as DeadlineKind | null,
          dueOn: row.due_on as IsoDate | null,
        }
      : null;
  }
}

async function insertReminders(manager: EntityManager, reminders: NewReminder[]): Promise<number> {
  let created = 0;
  for (let offset = 0; offset < reminders.length; offset += 5000) {
    const batch = reminders.slice(offset, offset + 5000);
    const result = await manager.query(
      `INSERT INTO reminders (convention_id, kind, due_on, step, recipient_id, escalation, catch_up, days_left, digest,
         send_at, next_attempt_at)
       SELECT v.*, v.send_at FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::uuid[], $6::bool[],
         $7::bool[], $8::int[], $9::bool[], $10::timestamptz[])
         AS v(convention_id, kind, due_on, step, recipient_id, escalation, catch_up, days_left, digest, send_at)
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
      ],
    );
    created += result.length;
  }
  return created;
}
