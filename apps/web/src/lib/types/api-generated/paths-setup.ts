/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { operations } from '../api.generated';

export interface PathsSetup {
  '/api/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a setup link may still create the first admin */
    get: operations['SetupController_status'];
    put?: never;
    /** Create the first admin with the setup link (single use, 24 h, refused once an admin exists) */
    post: operations['SetupController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
