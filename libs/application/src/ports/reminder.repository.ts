import { DeadlineKind, IsoDate, Language, LeadDays, Role } from '@passerelle/domain';

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
  catchUp: boolean;
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
  catchUp: boolean;
  digest: boolean;
  status: ReminderStatus;
  sendAt: string;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sentAt: string | null;
}

/** A claimed reminder with what its mail needs. */
export interface ClaimedReminder extends ReminderView {
  daysLeft: number;
  deadline: OpenDeadline | null;
  recipientUser: ReminderRecipient & { organizationId: string | null };
}

export interface DeliveryOutcome {
  id: string;
  result: 'sent' | 'retry' | 'failed' | 'cancelled';
  messageId?: string;
  error?: string;
  nextAttemptAt?: Date;
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
   * Claims due reminders (FOR UPDATE SKIP LOCKED), lets `deliver` send them, and records the
   * outcomes in the same transaction: a crash before commit leaves them pending, never half-sent.
   */
  abstract dispatch(
    now: Date,
    limit: number,
    deliver: (claimed: ClaimedReminder[]) => Promise<DeliveryOutcome[]>,
  ): Promise<DeliveryOutcome[]>;

  abstract list(filter: {
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

  abstract createActionTokens(
    tokens: Array<{
      hash: string;
      purpose: 'mark_done' | 'unfollow';
      userId: string;
      conventionId: string;
      kind: DeadlineKind | null;
      dueOn: IsoDate | null;
      expiresAt: Date;
    }>,
  ): Promise<void>;
  /** Single-use tokens (mark_done) are consumed atomically; unfollow tokens may be used again. */
  abstract useActionToken(
    hash: string,
    purpose: 'mark_done' | 'unfollow',
    now: Date,
  ): Promise<{
    userId: string;
    conventionId: string;
    kind: DeadlineKind | null;
    dueOn: IsoDate | null;
  } | null>;
}
