/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsDeadlines1 {
  DeadlinesController_calendar: {
    parameters: {
      query?: {
        /** @description the cursor of the next page, from the previous page's Link header */
        after?: string;
        /** @description only this convention */
        conventionId?: string;
        /** @description only conventions with a party in this country (ISO 3166 alpha-2) */
        country?: string;
        /** @description default: a year before today */
        from?: string;
        /** @description source: each item's clause article and quote (left out by default: a long list reads faster without) */
        include?: 'source';
        /** @description only this kind of deadline */
        kind?:
          | 'expiry'
          | 'renewal_notice'
          | 'tacit_renewal'
          | 'renewal_decision'
          | 'evaluation'
          | 'action_plan'
          | 'committee_meeting'
          | 'minutes_signature'
          | 'amendment_approval'
          | 'prefecture_review'
          | 'apd_declaration';
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description a page of at most this many lines, in the order of date, reference and kind; the next page is in the `Link: <…>; rel="next"` header (docs/api.md) */
        limit?: number;
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarItemDto'][];
        };
      };
    };
  };
}
