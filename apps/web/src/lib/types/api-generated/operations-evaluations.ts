/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface OperationsEvaluations {
  EvaluationsController_attach: {
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
        'multipart/form-data': {
          /**
           * Format: binary
           * @description a PDF, 10 MiB at most
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description not a PDF (content type and %PDF magic bytes checked), or no file */
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
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description over 10 MiB: nothing is stored */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
