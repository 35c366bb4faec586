/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsDashboard2 {
  DashboardController_deadlines: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en' | 'ar';
        limit?: number;
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
          'application/json': components['schemas']['DashboardViewDto'];
        };
      };
    };
  };
  DashboardController_compliance: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en' | 'ar';
        limit?: number;
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
          'application/json': components['schemas']['ComplianceAlertsViewDto'];
        };
      };
    };
  };
}
