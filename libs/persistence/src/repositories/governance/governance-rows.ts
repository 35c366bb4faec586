import {
  ActionPlan,
  ActionPlanItem,
  Amendment,
  APPROVAL_DECISIONS,
  ClauseChanges,
  DECISION_RULES,
  DEADLINE_KINDS,
  Decision,
  Evaluation,
  Meeting,
  Minutes,
  RENEWAL_DECISION_KINDS,
  RenewalDecision,
  VOTES,
} from '@passerelle/domain';
import { DeadlineRecord } from '@passerelle/application';
import { z } from 'zod';
import { isoDate, jsonObject, nullableText, timestamp, uuid } from '../row-schema';

const agendaItem = z.looseObject({ title: z.string(), description: z.string().nullish() });
const attendee = z.looseObject({ party: z.string(), name: z.string(), role: z.string().nullish() });

export const meetingRow: z.ZodType<Meeting> = z
  .object({
    id: uuid,
    convention_id: uuid,
    held_on: isoDate,
    city: z.string(),
    country: z.string(),
    host_party: z.string(),
    convened_by: nullableText,
    agenda: z.array(agendaItem),
    attendees: z.array(attendee),
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    heldOn: row.held_on,
    city: row.city,
    country: row.country,
    hostParty: row.host_party,
    convenedBy: row.convened_by,
    agenda: row.agenda,
    attendees: row.attendees,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

export const decisionRow: z.ZodType<Decision> = z
  .object({
    id: uuid,
    meeting_id: uuid,
    subject: z.string(),
    agenda_item: z.number().int().nullable(),
    rule: z.enum(DECISION_RULES),
    adopted: z.boolean(),
    blocked_by: z.array(z.string()),
    votes: z.array(z.object({ party: z.string(), vote: z.enum(VOTES) })).nullable(),
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    subject: row.subject,
    agendaItem: row.agenda_item,
    rule: row.rule,
    adopted: row.adopted,
    blockedBy: row.blocked_by,
    votes: row.votes ?? [],
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

export const minutesRow: z.ZodType<Minutes> = z
  .object({
    id: uuid,
    meeting_id: uuid,
    convention_id: uuid,
    version: z.number().int(),
    text: z.string(),
    created_on: isoDate,
    circulated_on: isoDate.nullable(),
    signatures: z
      .array(z.object({ signatory: z.string(), signedOn: isoDate, recordedBy: nullableText }))
      .nullable(),
    superseded_at: timestamp.nullable(),
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    conventionId: row.convention_id,
    version: row.version,
    text: row.text,
    createdOn: row.created_on,
    circulatedOn: row.circulated_on,
    signatures: row.signatures ?? [],
    supersededAt: row.superseded_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

const actionPlanItem = jsonObject<ActionPlanItem>();

export const actionPlanRow: z.ZodType<ActionPlan> = z
  .object({
    id: uuid,
    convention_id: uuid,
    plan_year: z.number().int(),
    meeting_id: uuid.nullable(),
    validated_on: isoDate,
    items: z.array(actionPlanItem),
    created_by: nullableText,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    year: row.plan_year,
    meetingId: row.meeting_id,
    validatedOn: row.validated_on,
    items: row.items,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));

const indicator = z.looseObject({
  name: z.string(),
  target: z.string().nullish(),
  value: z.string().nullish(),
});

export const evaluationRow: z.ZodType<Evaluation> = z
  .object({
    id: uuid,
    convention_id: uuid,
    meeting_id: uuid.nullable(),
    presented_on: isoDate,
    period_from: isoDate,
    period_to: isoDate,
    indicators: z.array(indicator),
    findings: z.string(),
    settles: z.array(isoDate).nullable(),
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    meetingId: row.meeting_id,
    presentedOn: row.presented_on,
    period: { from: row.period_from, to: row.period_to },
    indicators: row.indicators,
    findings: row.findings,
    settles: row.settles ?? [],
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

const approval = z.object({
  party: z.string(),
  decision: z.enum(APPROVAL_DECISIONS),
  on: isoDate,
  deliberationRef: nullableText,
  recordedBy: nullableText,
});

export const amendmentRow: z.ZodType<Amendment> = z
  .object({
    id: uuid,
    convention_id: uuid,
    number: z.number().int(),
    title: nullableText,
    text: z.string(),
    changes: jsonObject<ClauseChanges>(),
    proposed_on: isoDate,
    approvals: z.array(approval).nullable(),
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    number: row.number,
    title: row.title,
    text: row.text,
    changes: row.changes,
    proposedOn: row.proposed_on,
    approvals: row.approvals ?? [],
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

const deliberation = z.looseObject({ party: z.string(), on: isoDate, ref: z.string().nullish() });

export const renewalDecisionRow: z.ZodType<RenewalDecision> = z
  .object({
    id: uuid,
    convention_id: uuid,
    kind: z.enum(RENEWAL_DECISION_KINDS),
    decided_on: isoDate,
    party: nullableText,
    deliberations: z.array(deliberation),
    new_term_months: z.number().int().nullable(),
    last_day_before: isoDate.nullable(),
    last_day_after: isoDate.nullable(),
    note: nullableText,
    created_by: nullableText,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    conventionId: row.convention_id,
    kind: row.kind,
    decidedOn: row.decided_on,
    party: row.party,
    deliberations: row.deliberations,
    newTermMonths: row.new_term_months,
    lastDayInForceBefore: row.last_day_before,
    lastDayInForceAfter: row.last_day_after,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));

export const deadlineRecordRow: z.ZodType<DeadlineRecord> = z
  .object({
    convention_id: uuid,
    kind: z.enum(DEADLINE_KINDS),
    due_on: isoDate,
    state: z.enum(['done', 'waived']),
    done_on: isoDate.nullable(),
    note: nullableText,
    evidence_url: nullableText,
    reason: nullableText,
    recorded_by: nullableText,
    recorded_at: timestamp,
  })
  .transform((row) => ({
    conventionId: row.convention_id,
    kind: row.kind,
    dueOn: row.due_on,
    state: row.state,
    doneOn: row.done_on,
    note: row.note,
    evidenceUrl: row.evidence_url,
    reason: row.reason,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  }));

export const conventionIdRow = z.object({ convention_id: uuid }).transform((row) => row.convention_id);
