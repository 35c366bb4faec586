/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasE {
  EvaluationChangeDto: {
    annual?: boolean;
    atTerm?: boolean;
    beforeRenewal?: boolean;
    /** @example 3 */
    leadMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  EvaluationClauseDto: {
    annual?: boolean;
    atTerm?: boolean;
    beforeRenewal?: boolean;
    /** @example 3 */
    leadMonths?: number | null;
    source?: components['schemas']['ClauseSourceDto'];
  };
  EvaluationWithAttachmentsDto: {
    attachments: components['schemas']['FileViewDto'][];
    /** Format: uuid */
    conventionId: string;
    /** Format: date-time */
    createdAt: string;
    createdBy: string | null;
    findings: string;
    /** Format: uuid */
    id: string;
    indicators: components['schemas']['IndicatorViewDto'][];
    /** Format: uuid */
    meetingId: string | null;
    period: components['schemas']['PeriodDto'];
    /**
     * Format: date
     * @example 2026-03-12
     */
    presentedOn: string;
    /** @description due dates of the evaluation deadlines it satisfied */
    settles: string[];
  };
  ExchangeRateDto: {
    /** @example MAD */
    currency: string;
    /**
     * @description euros for one unit of currency
     * @example 0.0921
     */
    eurPerUnit: number;
    /** @example Bank Al-Maghrib, cours de référence du 2 janvier 2024 */
    source: string;
    /** @example 2024-01-02 */
    validFrom: string;
  };
  ExecutorySideDto: {
    /** @enum {string} */
    country: 'FR' | 'MA';
    executory: boolean;
    /**
     * Format: date
     * @example 2026-12-31
     */
    executoryOn: string | null;
    missing: components['schemas']['MissingStepDto'][];
  };
}
