import { DeadlineKind } from '../deadlines/deadline';

/** Days before the due date at which a reminder goes out, per kind (J-180 … J-1). */
export type LeadDays = Partial<Record<DeadlineKind, number[]>>;

export interface ReminderPolicy {
  leadDays: Record<DeadlineKind, number[]>;
  /** Overdue reminders: these days after the date, then every `overdueEveryDays` … */
  overdueDays: number[];
  overdueEveryDays: number;
  /** … for at most this long, so that a forgotten deadline does not mail forever. */
  overdueForDays: number;
  /** From this many days late, the organization's viewers and admins are told too. */
  escalateAfterDays: number;
}

const LONG = [180, 90, 60, 30, 14, 7, 1];
const SHORT = [60, 30, 7, 1];

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  leadDays: {
    expiry: LONG,
    renewal_notice: LONG,
    renewal_decision: LONG,
    action_plan: SHORT,
    evaluation: SHORT,
    committee_meeting: SHORT,
    // The renewal notice already warns before a tacit renewal; it is an event, not a task.
    tacit_renewal: [],
    minutes_signature: [7, 1],
    amendment_approval: [7, 1],
    // The prefect's window closing is an event: one mail the week before is enough.
    prefecture_review: [7],
    // The declaration opens mid-April (CGCT L1115-6): J-45 is its first day.
    apd_declaration: [45, 30, 7, 1],
  },
  overdueDays: [1, 7],
  overdueEveryDays: 7,
  overdueForDays: 365,
  escalateAfterDays: 7,
};

/** The organization's overrides, then the convention's, over the defaults, kind by kind. */
export function resolveReminderPolicy(...overrides: Array<LeadDays | null | undefined>): ReminderPolicy {
  const leadDays = { ...DEFAULT_REMINDER_POLICY.leadDays };
  for (const override of overrides) {
    for (const [kind, days] of Object.entries(override ?? {})) {
      leadDays[kind as DeadlineKind] = [...new Set(days)].filter((day) => day > 0).sort((a, b) => b - a);
    }
  }
  return { ...DEFAULT_REMINDER_POLICY, leadDays };
}
