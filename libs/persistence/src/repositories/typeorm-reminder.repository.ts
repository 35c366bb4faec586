import {
  ClaimedReminder,
  DeliveryHealth,
  DeliveryOutcome,
  FollowedConvention,
  OpenDeadline,
  ownerKey,
  ReminderRecipient,
  ReminderRepository,
  ReminderStatus,
  ReminderView,
  SystemClock,
} from '@passerelle/application';
import { Clock, Language, LeadDays } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import {
  insertReminders,
  OPEN_DEADLINES_SQL,
  RECIPIENTS_SQL,
  toOpenDeadline,
  toRecipient,
  toView,
} from './reminder-rows';
import { findUnfollowToken, insertActionTokens, unfollowAll, useActionToken } from './action-tokens';
import { followedConventions } from './followed-conventions';
import { claimMail, hydrateClaimed, recordOutcomes } from './reminder-claims';
import { scheduleDueReminders } from './reminder-scheduling';
import { effectiveOwners } from './typeorm-deadline-owner.repository';
const SWEEP_LOCK = 'passerelle:reminder-sweep';

export class TypeormReminderRepository extends ReminderRepository {
  constructor(
    private readonly dataSource: DataSource,
    /** TZ_DEFAULT: the zone of a recipient without an organization (an admin). */
    private readonly defaultTimeZone: string,
    private readonly clock: Clock = new SystemClock(),
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
      // An organization's own deadlines are in its zone.
      const zones: Array<{ time_zone: string }> = await manager.query(
        `SELECT time_zone FROM conventions
         UNION SELECT o.time_zone FROM organizations o WHERE o.id IN (SELECT organization_id FROM organization_deadlines)`,
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

  async dispatchOne(
    now: Date,
    deliver: (claimed: ClaimedReminder[]) => Promise<DeliveryOutcome[]>,
  ): Promise<DeliveryOutcome[] | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await claimMail(manager, now);
      if (!rows) return null;
      const claimed = await hydrateClaimed(manager, this.defaultTimeZone, rows);
      const outcomes = await deliver(claimed);
      await recordOutcomes(manager, outcomes, now);
      return outcomes;
    });
  }

  async recordDelivered(outcomes: DeliveryOutcome[], sentAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminders r SET status = 'sent', message_id = o.message_id, sent_at = $3, attempts = r.attempts + 1,
              last_error = NULL, failure_kind = NULL
         FROM unnest($1::uuid[], $2::text[]) AS o(id, message_id)
        WHERE r.id = o.id AND r.status = 'pending'`,
      [outcomes.map((outcome) => outcome.id), outcomes.map((outcome) => outcome.messageId ?? null), sentAt],
    );
  }

  async requeueOutages(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [failed] = await manager.query(
        `UPDATE reminders SET status = 'pending', next_attempt_at = $1, retry_since = $1
          WHERE status = 'failed' AND failure_kind = 'outage' RETURNING id`,
        [now],
      );
      // Those still backing off from the outage need not wait out their delay either.
      const [waiting] = await manager.query(
        `UPDATE reminders SET next_attempt_at = $1
          WHERE status = 'pending' AND failure_kind = 'outage' AND next_attempt_at > $1 RETURNING id`,
        [now],
      );
      return (failed as unknown[]).length + (waiting as unknown[]).length;
    });
  }

  async retry(id: string, now: Date, organizationId?: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `UPDATE reminders r SET status = 'pending', next_attempt_at = $2, retry_since = $2
        WHERE r.id = $1 AND r.status = 'failed'
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM convention_parties p
                                           WHERE p.convention_id = r.convention_id AND p.organization_id = $3))
        RETURNING id`,
      [id, now, organizationId ?? null],
    );
    return (rows[0] as unknown[]).length > 0;
  }

  async deliveryHealth(now: Date): Promise<DeliveryHealth> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE status = 'failed' AND failure_kind = 'refused')::int AS failed_refused,
              (SELECT count(*)::int FROM reminders WHERE status = 'pending' AND send_at <= $1) AS due_pending,
              (SELECT min(send_at) FROM reminders WHERE status = 'pending' AND send_at <= $1) AS oldest_due,
              (SELECT last_error FROM reminders WHERE status IN ('pending', 'failed') AND last_error IS NOT NULL
                ORDER BY next_attempt_at DESC LIMIT 1) AS last_error
         FROM reminders`,
      [now],
    );
    return {
      byStatus: { pending: row.pending, sent: row.sent, failed: row.failed, cancelled: row.cancelled },
      duePending: row.due_pending,
      oldestDuePendingSeconds: row.oldest_due
        ? Math.max(0, Math.round((now.getTime() - (row.oldest_due as Date).getTime()) / 1000))
        : 0,
      failedOutage: row.failed - row.failed_refused,
      failedRefused: row.failed_refused,
      lastError: row.last_error ?? null,
    };
  }

  async list(filter: {
    id?: string;
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
          AND ($5::uuid IS NULL OR r.id = $5)
        ORDER BY r.send_at DESC, r.id LIMIT $4`,
      [
        filter.status ?? null,
        filter.conventionId ?? null,
        filter.organizationId ?? null,
        filter.limit,
        filter.id ?? null,
      ],
    );
    return rows.map(toView);
  }

  async setFollowing(conventionId: string, userId: string, following: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO convention_follows (convention_id, user_id, following) VALUES ($1, $2, $3)
         ON CONFLICT (convention_id, user_id) DO UPDATE SET following = EXCLUDED.following, updated_at = now()`,
        [conventionId, userId, following],
      );
      // A new follower gets, today, the step already due (a catch-up with the days left).
      if (following)
        await scheduleDueReminders(manager, [conventionId], this.clock.now(), 'newly_followed', { userId });
    });
  }

  async setPolicy(scope: 'organization' | 'convention', scopeId: string, leadDays: LeadDays): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO reminder_policies (scope, scope_id, lead_days) VALUES ($1, $2, $3)
         ON CONFLICT (scope, scope_id) DO UPDATE SET lead_days = EXCLUDED.lead_days, updated_at = now()`,
        [scope, scopeId, JSON.stringify(leadDays)],
      );
      const conventions: Array<{ id: string }> =
        scope === 'convention'
          ? [{ id: scopeId }]
          : await manager.query(
              'SELECT DISTINCT convention_id AS id FROM convention_parties WHERE organization_id = $1',
              [scopeId],
            );
      await scheduleDueReminders(
        manager,
        conventions.map((row) => row.id),
        this.clock.now(),
        'dates_changed',
      );
    });
  }

  async admins(): Promise<Array<{ email: string; language: Language }>> {
    return this.dataSource.query(
      `SELECT email, language FROM users WHERE role = 'admin' AND active ORDER BY email`,
    );
  }

  async followedBy(userId: string, now: Date): Promise<FollowedConvention[]> {
    return followedConventions(this.dataSource.manager, userId, now);
  }

  async createActionTokens(tokens: Parameters<ReminderRepository['createActionTokens']>[0]): Promise<void> {
    await insertActionTokens(this.dataSource, tokens);
  }

  async useActionToken(hash: string, purpose: 'mark_done' | 'unfollow', now: Date) {
    return useActionToken(this.dataSource, hash, purpose, now);
  }

  async findUnfollowToken(hash: string, now: Date) {
    return findUnfollowToken(this.dataSource, hash, now);
  }

  async unfollowAll(userId: string, conventionIds: string[]): Promise<void> {
    await unfollowAll(this.dataSource, userId, conventionIds);
  }
}
