/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsDeadlines3 {
  DeadlinesController_deadlines: {
    parameters: {
      query?: {
        /** @description default: a year before today */
        from?: string;
        /** @description language of titles (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en' | 'ar';
        /** @description default: three years after from/today; at most 50 years after from */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineViewDto'][];
        };
      };
    };
  };
  DeadlinesController_markDone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dueOn: string;
        id: string;
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkDeadlineDoneDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRecordDto'];
        };
      };
    };
  };
}
