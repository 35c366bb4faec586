/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsConventions {
  ConventionsController_list: {
    parameters: {
      query?: {
        /** @description a party in this country (ISO 3166-1 alpha-2) */
        country?: string;
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
        content: {
          'application/json': components['schemas']['ConventionPageDto'];
        };
      };
    };
  };
  ConventionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConventionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      /** @description invalid document; the message names the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the reference is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_get: {
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
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_remove: {
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
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConventionsController_update: {
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
        'application/json': components['schemas']['UpdateConventionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConventionViewDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
