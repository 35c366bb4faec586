import { DeadlineKind, DeadlineStatus } from '../deadlines/deadline';
import { IsoDate } from '../shared/calendar-date';
import { ComplianceRule } from './compliance-rule';

/** Outcomes of each rule; the sentence for `compliance.<rule>.<outcome>` comes from i18n. */
export const COMPLIANCE_OUTCOMES = {
  deliberation_before_signature: ['ok', 'pending_signature', 'missing', 'after_signature', 'not_applicable'],
  signatures_recorded: ['ok', 'missing'],
  prefecture_transmission: ['ok', 'missing', 'not_applicable'],
  object_stated: ['ok', 'missing'],
  financial_commitment_stated: ['ok', 'missing'],
  action_plan_current_year: [
    'not_applicable',
    'not_in_force',
    'none_this_year',
    'done',
    'pending',
    'overdue',
  ],
  committee_meeting_current_year: [
    'not_applicable',
    'not_in_force',
    'none_this_year',
    'done',
    'pending',
    'overdue',
  ],
  minutes_signed: ['not_applicable', 'not_in_force', 'no_meeting_yet', 'ok', 'unsigned'],
  evaluation_current_year: ['not_applicable', 'not_in_force', 'none_this_year', 'done', 'pending', 'overdue'],
} as const satisfies Record<ComplianceRule, readonly string[]>;

/** Every message key evaluateCompliance can produce. */
export const COMPLIANCE_MESSAGE_KEYS: readonly string[] = Object.entries(COMPLIANCE_OUTCOMES).flatMap(
  ([rule, outcomes]) => outcomes.map((outcome) => `compliance.${rule}.${outcome}`),
);

export interface ComplianceItem {
  rule: ComplianceRule;
  ok: boolean;
  /** `compliance.<rule>.<outcome>`; not_applicable / not_in_force items are ok. */
  messageKey: string;
  /** Placeholders of the message: party names, ISO dates, years, counts. */
  params: Record<string, string | number>;
}

/** What the domain cannot see in the document: deadline records and meeting minutes. */
export interface ComplianceFacts {
  /** Deadlines with their status as recorded by officers; unlisted ones count as not done. */
  deadlines: Array<{ kind: DeadlineKind; dueOn: IsoDate; status: DeadlineStatus }>;
  /** Minutes of committee meetings still lacking a required signature (0 when unknown). */
  unsignedMinutes?: number;
  /** Meetings held whose minutes need signatures (unknown: the check only counts unsigned ones). */
  meetingsWithMinutes?: number;
}
