/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasL {
  LeadOfficerDto: {
    lead: components['schemas']['OfficerRefDto'] | null;
  };
  LoginDto: {
    /** @example agent@antony.fr */
    email: string;
    password: string;
  };
  LogMeetingDto: {
    agenda?: components['schemas']['AgendaItemDto'][];
    attendees?: components['schemas']['AttendeeDto'][];
    /** @example Villeneuve-la-Garenne */
    city: string;
    /**
     * @description who convened it
     * @example Maire de Villeneuve-la-Garenne
     */
    convenedBy?: string | null;
    /**
     * @description ISO 3166-1 alpha-2 of the place
     * @example FR
     */
    country: string;
    /** @example 2026-03-12 */
    heldOn: string;
    /**
     * @description the party hosting the meeting
     * @example Villeneuve-la-Garenne
     */
    hostParty: string;
  };
}
