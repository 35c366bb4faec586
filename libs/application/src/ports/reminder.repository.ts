import { DeadlineKind, IsoDate, Language, LeadDays, ReminderReason, Role } from '@passerelle/domain';

/** An open deadline (not done, not waived) that may need a reminder. */
export interface OpenDeadline {
  conventionId: string;
  reference: string;
  conventionTitle: string;
  partyNames: string[];
  /** The organization that wrote the convention (its title is theirs, not the platform's); null: an admin. */
  writtenBy?: string | null;
  timeZone: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  termIndex: number | null;
  planYear: number | null;
  periodFrom: IsoDate | null;
  sourceArticle: string | null;
  sourceQuote: string | null;
  conventionPolicy: LeadDays | null;
  /** The owner in effect per organization id (named on the deadline, else the lead officer). */
  owners?: Record<string, string>;
  /** An organization's own deadline (apd_declaration), reminded through `conventionId`; else null. */
  organizationId?: string | null;
}

export interface ReminderRecipient {
  userId: string;
  email: string;
  name: string;
  language: Language;
  role: Role;
  timeZone: string;
  digest: boolean;
  organizationPolicy: LeadDays | null;
  /** Follows the convention (officers by default; muted when false). */
  following: boolean;
  organizationId?: string | null;
}

export interface NewReminder {
  conventionId: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  step: string;
  recipientId: string;
  escalation: boolean;
  /** Written to only because the task is late past the escalation point (not the owner, not an officer who gets every step). */
  byEscalation: boolean;
  catchUp: boolean;
  /** Why the row exists now (its mail says so): on time, onboarding, or a catch-up's real reason. */
  reason: ReminderReason;
  daysLeft: number;
  digest: boolean;
  sendAt: Date;
}

export type ReminderStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

export interface ReminderView {
  id: string;
  conventionId: string;
  reference: string;
  kind: DeadlineKind;
  dueOn: IsoDate;
  step: string;
  recipient: string;
  escalation: boolean;
  byEscalation: boolean;
  catchUp: boolean;
  reason: ReminderReason;
  digest: boolean;
  status: ReminderStatus;
  sendAt: string;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sentAt: string | null;
  /** A pending reminder's next attempt; null once sent, failed or cancelled. */
  nextAttemptAt: string | null;
  /** Why the last attempt failed: `outage` (retried), `refused` (the address), `passed` (dropped). */
  failureKind: 'outage' | 'refused' | 'passed' | null;
}

/** A claimed reminder with what its mail needs. */
export interface ClaimedReminder extends ReminderView {
  daysLeft: number;
  /** A retry asked from the web app (or after an outage) opens a new retry window from then. */
  retrySince: string | null;
  deadline: OpenDeadline | null;
  recipientUser: ReminderRecipient & { organizationId: string | null; organizationName?: string | null };
}

/** A convention a person follows, for the welcome mail's summary. */
export interface FollowedConvention {
  conventionId: string;
  reference: string;
  conventionTitle: string;
  partyNames: string[];
  /** Its next open deadline from today (null: none ahead). */
  next: { kind: DeadlineKind; dueOn: IsoDate } | null;
  /** Open deadlines already past their date. */
  overdue: number;
}

export interface DeliveryOutcome {
  id: string;
  result: 'sent' | 'retry' | 'failed' | 'cancelled';
  messageId?: string;
  error?: string;
  failureKind?: 'outage' | 'refused' | 'passed';
  nextAttemptAt?: Date;
  /** A retry's window start, kept from the first failed attempt. */
  retrySince?: Date;
}

/** What the admins' banner, the dashboard and /metrics show about delivery. */
export interface DeliveryHealth {
  byStatus: Record<ReminderStatus, number>;
  /** Pending reminders whose time has come (send_at ≤ now), and the oldest one's age. */
  duePending: number;
  oldestDuePendingSeconds: number;
  failedOutage: number;
  failedRefused: number;
  lastError: string | null;
}

export abstract class ReminderRepository {
  /**
   * Runs `plan` under a PostgreSQL advisory lock inside one transaction and inserts what it
   * returns (ON CONFLICT DO NOTHING). Null when another scheduler holds the lock.
   */
  abstract sweep(
    plan: (input: {
      /** When the last sweep ran; null before the first. */
      lastSweptAt: Date | null;
      /** The time zones conventions are kept in. */
      zones: string[];
      /** Lead days of every stored override, so their due dates are read too. */
      leadDaysInUse: number[];
      load: (
        dueDates: IsoDate[],
      ) => Promise<{ deadlines: OpenDeadline[]; recipients: Map<string, ReminderRecipient[]> }>;
    }) => Promise<{ reminders: NewReminder[]; sweptAt: Date }>,
  ): Promise<{ created: number } | null>;

  /**
   * Claims one mail's worth of due reminders with FOR UPDATE SKIP LOCKED: a due row and every
   * other due row of the same recipient with the same send time (one mail per person per sending
   * moment), or a digest reader's due rows, lets `deliver` send it, and records the outcome in the same short
   * transaction: a crash repeats at most the mails in flight. Null when nothing is due.
   */
  abstract dispatchOne(
    now: Date,
    deliver: (claimed: ClaimedReminder[]) => Promise<DeliveryOutcome[]>,
  ): Promise<DeliveryOutcome[] | null>;

  /**
   * Mail flows again: reminders failed by an outage are pending again (a new retry window) and
   * those backing off from it are due now.
   */
  abstract requeueOutages(now: Date): Promise<number>;
  /**
   * Records mails the SMTP server accepted whose own transaction could not commit (the database
   * was lost): each row still pending becomes sent with its Message-ID. A row sent meanwhile by
   * another scheduler is left as it is.
   */
  abstract recordDelivered(outcomes: DeliveryOutcome[], sentAt: Date): Promise<void>;

  /** A failed reminder asked again from the web app; false when it is not failed (or not visible). */
  abstract retry(id: string, now: Date, organizationId?: string): Promise<boolean>;

  abstract deliveryHealth(now: Date): Promise<DeliveryHealth>;

  abstract list(filter: {
    id?: string;
    status?: ReminderStatus;
    conventionId?: string;
    organizationId?: string;
    limit: number;
  }): Promise<ReminderView[]>;

  abstract setFollowing(conventionId: string, userId: string, following: boolean): Promise<void>;
  abstract setPolicy(
    scope: 'organization' | 'convention',
    scopeId: string,
    leadDays: LeadDays,
  ): Promise<void>;
  abstract admins(): Promise<Array<{ email: string; language: Language }>>;

  /** The conventions this person follows (the welcome mail's summary), by reference. */
  abstract followedBy(userId: string, now: Date): Promise<FollowedConvention[]>;

  abstract createActionTokens(
    tokens: Array<{
      hash: string;
      purpose: 'mark_done' | 'unfollow';
      userId: string;
      conventionId: string;
      kind: DeadlineKind | null;
      dueOn: IsoDate | null;
      expiresAt: Date;
      /** An unfollow token of a mail naming several conventions: every one it stops. */
      conventionIds?: string[];
    }>,
  ): Promise<void>;
  /** Single-use tokens (mark_done) are consumed atomically; unfollow tokens may be used again. */
  abstract useActionToken(
    hash: string,
    purpose: 'mark_done' | 'unfollow',
    now: Date,
  ): Promise<ActionToken | null>;
  /** An unfollow token's conventions, without using it (the confirmation page a click opens). */
  abstract findUnfollowToken(hash: string, now: Date): Promise<ActionToken | null>;
  /** Stops `userId` following every one of `conventionIds`, in one transaction. */
  abstract unfollowAll(userId: string, conventionIds: string[]): Promise<void>;
}

export interface ActionToken {
  userId: string;
  conventionId: string;
  /** Every convention an unfollow token stops (its own convention alone for a single reminder). */
  conventionIds: string[];
  kind: DeadlineKind | null;
  dueOn: IsoDate | null;
}
