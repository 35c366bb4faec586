/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsOrganizationaid {
  OrganizationAidController_declaration: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
  OrganizationAidController_apdCsv: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
  OrganizationAidController_apdXlsx: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
  OrganizationAidController_declared: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApdDeclarationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReport: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReportJson: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
  OrganizationAidController_councilReportXlsx: {
    parameters: {
      query: {
        /** @description language of exports and the report */
        lang?: 'fr' | 'en' | 'ar';
        year: number;
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
        content?: never;
      };
    };
  };
}
