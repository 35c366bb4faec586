/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface OperationsExtract {
  ExtractController_extract: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {unknown} */
              language?: 'fr' | 'en';
              text: string;
            }
          | {
              /**
               * Format: binary
               * @description PDF (text layer or scanned), DOCX or TXT; 20 MiB at most
               */
              file: string;
              /** @enum {unknown} */
              language?: 'fr' | 'en';
            };
        'multipart/form-data':
          | {
              /** @enum {unknown} */
              language?: 'fr' | 'en';
              text: string;
            }
          | {
              /**
               * Format: binary
               * @description PDF (text layer or scanned), DOCX or TXT; 20 MiB at most
               */
              file: string;
              /** @enum {unknown} */
              language?: 'fr' | 'en';
            };
      };
    };
    responses: {
      /** @description {document, findings, text, warnings} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a scanned PDF: {jobId}; poll GET /api/extract/:jobId */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no text or file, an empty text, a spreadsheet or another kind of file */
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
      /** @description a file over 20 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description an encrypted or damaged PDF, too many scanned pages, no text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractController_job: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description {status: "running", progress: {page, pages}} or the 200 answer of POST /api/extract */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such job, or another user’s */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
