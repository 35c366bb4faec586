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
  catchUp: boolean;
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

export interface ConventionIndexEntry {
  id: string;
  reference: string;
  title: string;
  countries: string[];
}
