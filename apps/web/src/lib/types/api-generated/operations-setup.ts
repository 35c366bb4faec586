/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsSetup {
  SetupController_status: {
    parameters: {
      query: {
        /** @description the token of the setup link printed at start */
        token: string;
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
          'application/json': components['schemas']['SetupLinkStatusDto'];
        };
      };
    };
  };
  SetupController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFirstAdminDto'];
      };
    };
    responses: {
      /** @description the admin, who may now sign in with POST /api/auth/login */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is invalid, or the link is unknown, used or expired (`token`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description an admin already exists, or the address is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
