/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasA {
  ActionPlanChangeDto: {
    /** @example committee */
    approvedBy?: string | null;
    /** @example 31 */
    deadlineDay?: number;
    /** @example 12 */
    deadlineMonth?: number;
    source?: components['schemas']['ClauseSourceDto'];
    /** @example -1 */
    yearOffset?: number;
  };
  ActionPlanClauseDto: {
    /** @example committee */
    approvedBy?: string | null;
    /** @example 31 */
    deadlineDay: number;
    /** @example 12 */
    deadlineMonth: number;
    source?: components['schemas']['ClauseSourceDto'];
    /** @example -1 */
    yearOffset?: number;
  };
  ActionPlanDeadlineDto: {
    /**
     * Format: date
     * @example 2026-03-12
     */
    dueOn: string;
    /** @enum {string} */
    kind: 'action_plan';
    planYear: number;
  };
  ActionPlanItemDto: {
    /** @example Échanges de jeunes footballeurs */
    action: string;
    /** @example Jeunesse et sport */
    axis: string;
    /** @example 15000 */
    budget?: number | null;
    coFinancing?: components['schemas']['CoFinancingDto'][];
    /** @example EUR */
    currency?: string | null;
    /** @example Villeneuve-la-Garenne */
    leadParty: string;
    /** @enum {string} */
    status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  };
  ActionPlanItemsDto: {
    items: components['schemas']['ActionPlanItemDto'][];
  };
  ActionPlanItemViewDto: {
    action: string;
    axis: string;
    budget?: number | null;
    coFinancing?: components['schemas']['CoFinancingViewDto'][];
    currency?: string | null;
    leadParty: string;
    /** @enum {string} */
    status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  };
  ActionPlanViewDto: {
    /** Format: uuid */
    conventionId: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    deadline: components['schemas']['ActionPlanDeadlineDto'] | null;
    /** Format: uuid */
    id: string;
    items: components['schemas']['ActionPlanItemViewDto'][];
    /** Format: uuid */
    meetingId: string | null;
    /**
     * @description budget per currency, cancelled actions left out
     * @example {
     *       "EUR": 15000
     *     }
     */
    totals: {
      [key: string]: number;
    };
    /** Format: date-time */
    updatedAt: string;
    /**
     * Format: date
     * @example 2026-03-12
     */
    validatedOn: string;
    /** @example 2027 */
    year: number;
  };
  AgendaItemDto: {
    description?: string | null;
    /** @example Programme d’actions 2027 */
    title: string;
  };
  AgendaItemViewDto: {
    description?: string | null;
    title: string;
  };
  AmendmentApprovalViewDto: {
    /** @enum {string} */
    decision: 'approved' | 'refused';
    deliberationRef?: string | null;
    /**
     * Format: date
     * @example 2026-03-12
     */
    on: string;
    party: string;
    recordedBy: string | null;
  };
  AmendmentClauseDto: {
    /** @enum {string} */
    rule: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
    source?: components['schemas']['ClauseSourceDto'];
  };
  AmendmentRuleChangeDto: {
    /** @enum {string} */
    rule?: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
    source?: components['schemas']['ClauseSourceDto'];
  };
  AmendmentViewDto: {
    approvals: components['schemas']['AmendmentApprovalViewDto'][];
    /** @description a partial clauses object */
    changes: components['schemas']['ClauseChangesDto'];
    /** Format: uuid */
    conventionId: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    /** Format: uuid */
    id: string;
    /**
     * Format: date
     * @example 2026-03-12
     */
    inForceOn: string | null;
    /** @description parties that have not answered yet */
    missing: string[];
    /** @description avenant n° */
    number: number;
    /**
     * Format: date
     * @example 2026-03-12
     */
    proposedOn: string;
    refusedBy: string[];
    /** @enum {string} */
    rule: 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
    /** @enum {string} */
    status: 'proposed' | 'refused' | 'in_force';
    text: string;
    title: string | null;
  };
  AnswerAmendmentDto: {
    /** @enum {string} */
    decision: 'approved' | 'refused';
    /** @example DCM n° 2026-041 */
    deliberationRef?: string | null;
    /**
     * @description date of the deliberation or signature; default today
     * @example 2026-05-10
     */
    on?: string;
    /** @example Tiznit */
    party: string;
  };
  ApdDeclarationDto: {
    /**
     * @description default: today
     * @example 2026-05-20
     */
    declaredOn?: string;
    note?: string;
  };
  AttendeeDto: {
    /** @example Abdellah Ghazi */
    name: string;
    /**
     * @description a party’s name in the convention document
     * @example Tiznit
     */
    party: string;
    /** @example Président du conseil communal */
    role?: string | null;
  };
  AttendeeViewDto: {
    name: string;
    party: string;
    role?: string | null;
  };
  AuditEntryViewDto: {
    /** @example deadline_record */
    action: string;
    /** @description the acting user’s e-mail */
    actor: string | null;
    /** @description the acting user’s name */
    actorName?: string | null;
    /** @description the entity after the write */
    after: {
      [key: string]: unknown;
    } | null;
    /** Format: date-time */
    at: string;
    /** @description the entity before the write */
    before: {
      [key: string]: unknown;
    } | null;
    /** Format: uuid */
    conventionId: string | null;
    /** @example convention */
    entity: string;
    entityId: string;
    /** Format: uuid */
    id: string;
  };
}
