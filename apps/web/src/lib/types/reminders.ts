import { DeadlineKind } from './convention';

export interface Reminder {
  id: string;
  conventionId: string;
  reference: string;
  kind: DeadlineKind;
  dueOn: string;
  step: string;
  recipient: string;
  escalation: boolean;
  /** Written to only because the task is late past the escalation point. */
  byEscalation: boolean;
  catchUp: boolean;
  /** Why the row exists now (issue 19): its mail tells a catch-up's real reason. */
  reason:
    | 'on_time'
    | 'onboarding'
    | 'new_convention'
    | 'newly_followed'
    | 'dates_changed'
    | 'service_down'
    | 'delivery_delayed'
    | 'late';
  digest: boolean;
  status: string;
  sendAt: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  messageId: string | null;
  nextAttemptAt: string | null;
  failureKind: 'outage' | 'refused' | 'passed' | null;
}

/** GET /api/admin/reminders/delivery (admins). */
export interface DeliveryHealth {
  byStatus: Record<'pending' | 'sent' | 'failed' | 'cancelled', number>;
  duePending: number;
  oldestDuePendingSeconds: number;
  failedOutage: number;
  failedRefused: number;
  lastError: string | null;
  alert: 'none' | 'late' | 'failed';
}
