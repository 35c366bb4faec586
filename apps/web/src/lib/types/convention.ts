import { components, operations } from './api.generated';

type Schemas = components['schemas'];

/*
 * The convention and its parts as the OpenAPI document describes them (generated types,
 * api.generated.ts): a change of the API's answer that the app does not follow fails
 * `npm run build:web`. Only the lists of values the app iterates over are written here, each
 * checked against the generated union.
 */
export type Me = Schemas['UserViewDto'];

export type DeadlineKind = Schemas['DeadlineViewDto']['kind'];

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'expiry',
  'renewal_notice',
  'tacit_renewal',
  'renewal_decision',
  'evaluation',
  'action_plan',
  'committee_meeting',
  'minutes_signature',
  'amendment_approval',
  'prefecture_review',
  'apd_declaration',
];

/** Events happen by themselves: nobody marks them done. */
export const EVENT_KINDS: readonly DeadlineKind[] = ['expiry', 'tacit_renewal', 'prefecture_review'];

export type DeadlineStatus = Schemas['DeadlineViewDto']['status'];
export type ConventionStatus = Schemas['ConventionViewDto']['status'];
export const CONVENTION_STATUSES: readonly ConventionStatus[] = [
  'draft',
  'awaiting_signatures',
  'in_force',
  'expired',
  'terminated',
];

/** How GET /api/conventions may sort (`sort`; a leading - sorts descending). */
export type ConventionSort = NonNullable<
  NonNullable<operations['ConventionsController_list']['parameters']['query']>['sort']
>;
export const CONVENTION_SORTS: readonly ConventionSort[] = (
  ['reference', 'title', 'status', 'startsOn', 'endsOn', 'nextDeadline'] as const
).flatMap((key) => [key, `-${key}` as const]);

export type ClauseSource = Schemas['ClauseSourceDto'];
export type Party = Schemas['PartyDto'];
export type FinancialCommitment = Schemas['FinancialCommitmentDto'];
export type Clauses = Schemas['ClausesDto'];

export type ClauseName = keyof Clauses;
export const CLAUSE_NAMES: readonly ClauseName[] = [
  'term',
  'renewal',
  'termination',
  'actionPlan',
  'evaluation',
  'committee',
  'amendment',
];

/** What the editor sends (POST /api/conventions, PATCH /api/conventions/:id). */
export type ConventionDocument = Schemas['CreateConventionDto'];
export type ExecutorySide = Schemas['ExecutorySideDto'];
export type KeyDates = Schemas['KeyDatesDto'];
/** A convention as GET /api/conventions/:id answers it (the list's items also carry `nextDeadline`). */
export type Convention = Schemas['ConventionViewDto'];
/** GET /api/conventions. */
export type ConventionPage = Schemas['ConventionPageDto'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
