import { components } from './api.generated';

type Schemas = components['schemas'];

/*
 * A committee meeting, its decisions and minutes as GET /api/meetings/:id describes them in the
 * OpenAPI document (generated types, api.generated.ts): a change of the API's answer that the
 * app does not follow fails `npm run build:web`.
 */
export type MeetingDetail = Schemas['MeetingDetailDto'];
/** A meeting as the convention's list of meetings answers it (the detail less decisions and minutes). */
export type Meeting = Schemas['MeetingViewDto'];
export type Attendee = Schemas['AttendeeViewDto'];
export type AgendaItem = Schemas['AgendaItemViewDto'];
export type Decision = Schemas['DecisionViewDto'];
export type Minutes = Schemas['MinutesViewDto'];
/** What the log form sends (POST /api/conventions/:id/meetings) and the correction form (PATCH /api/meetings/:id). */
export type LogMeetingBody = Schemas['LogMeetingDto'];
export type UpdateMeetingBody = Schemas['UpdateMeetingDto'];

/** A PDF kept by the API (minutes or evaluation attachment, convention document), downloaded from `url`. */
export type StoredFile = Schemas['FileViewDto'];

/** What a convention's document is (`POST /api/conventions/:id/documents`, field `kind`). */
export type DocumentKind =
  'signed_text' | 'deliberation' | 'prefecture_acknowledgment' | 'governor_visa' | 'other';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'signed_text',
  'deliberation',
  'prefecture_acknowledgment',
  'governor_visa',
  'other',
];

export type ActionStatus = Schemas['ActionPlanItemViewDto']['status'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'done', 'cancelled'];

export type ActionPlanItem = Schemas['ActionPlanItemViewDto'];
/** Programme d'actions annuel validated by a meeting (GET /api/conventions/:id/action-plans). */
export type ActionPlan = Schemas['ActionPlanViewDto'];
export type Indicator = Schemas['IndicatorViewDto'];
/** GET /api/conventions/:id/evaluations: each with its attachments. */
export type Evaluation = Schemas['EvaluationWithAttachmentsDto'];
/** Dénonciation, non-reconduction, renouvellement exprès (GET /api/conventions/:id/renewal-decisions). */
export type RenewalDecision = Schemas['RenewalDecisionViewDto'];

/** An avenant and where it stands (GET /api/conventions/:id/amendments, GET /api/amendments/:id). */
export type Amendment = Schemas['AmendmentViewDto'];
/** GET /api/conventions/:id/clauses: the clauses as amended, in force on a day. */
export type ClausesInForce = Schemas['ClausesInForceViewDto'];
