/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { operations } from '../api.generated';

export interface PathsMe {
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['MeController_update'];
    trace?: never;
  };
  '/api/me/calendar-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeController_newCalendarToken'];
    delete: operations['MeController_dropCalendarToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlineOwnersController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/following': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_following'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlineOwnersController_organization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
