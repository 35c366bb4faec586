/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsDeadlineowners1 {
  DeadlineOwnersController_assign: {
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
        'application/json': components['schemas']['OwnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineOwnerViewDto'];
        };
      };
      /** @description userId is not an active officer of your organization */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or no such deadline (field dueOn) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
