/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface OperationsConventiongovernance3 {
  ConventionGovernanceController_meetings: {
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
          'application/json': components['schemas']['MeetingListDto'];
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
  ConventionGovernanceController_logCommitteeMeeting: {
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
        'application/json': components['schemas']['LogMeetingDto'];
      };
    };
    responses: {
      /** @description invalid input; an unknown hostParty or attendee party is named */
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
      /** @description another meeting is already logged that day */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
