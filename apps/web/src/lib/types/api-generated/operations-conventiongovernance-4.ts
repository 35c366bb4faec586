/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsConventiongovernance4 {
  ConventionGovernanceController_renewalDecisions: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['RenewalDecisionViewDto'][];
        };
      };
      /** @description viewers read only */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionGovernanceController_renewalDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRenewalDecisionDto'];
      };
    };
    responses: {
      /** @description invalid input; the message names the field */
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
      /** @description no such convention, or one the caller may not see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no more renewals allowed, or the convention already ends earlier */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
