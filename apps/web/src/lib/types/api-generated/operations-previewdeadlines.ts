/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsPreviewdeadlines {
  PreviewDeadlinesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewDeadlinesDto'];
      };
    };
    responses: {
      /** @description { from, to, startsOn, endsOn, deadlines: [{kind, dueOn, status, title, clause, source}] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description invalid document or window; the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
