/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface OperationsExports {
  ExportsController_conventionsCsv: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
        /** @description language (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en';
        page?: number;
        pageSize?: number;
        /** @description text in the reference, title, object or a party name */
        q?: string;
        /** @description column to sort by; a leading - sorts descending (default reference) */
        sort?:
          | 'reference'
          | '-reference'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'startsOn'
          | '-startsOn'
          | 'endsOn'
          | '-endsOn'
          | 'nextDeadline'
          | '-nextDeadline';
        status?: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
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
        content?: never;
      };
    };
  };
  ExportsController_conventionsXlsx: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
        /** @description language (default: Accept-Language, then fr) */
        lang?: 'fr' | 'en';
        page?: number;
        pageSize?: number;
        /** @description text in the reference, title, object or a party name */
        q?: string;
        /** @description column to sort by; a leading - sorts descending (default reference) */
        sort?:
          | 'reference'
          | '-reference'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'startsOn'
          | '-startsOn'
          | 'endsOn'
          | '-endsOn'
          | 'nextDeadline'
          | '-nextDeadline';
        status?: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
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
        content?: never;
      };
    };
  };
  ExportsController_conventionDeadlinesCsv: {
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
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_conventionDeadlinesXlsx: {
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
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_summary: {
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
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_deadlinesCsv: {
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
      path?: never;
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
  ExportsController_deadlinesXlsx: {
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
      path?: never;
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
