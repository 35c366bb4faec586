/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasU {
  UpdateConventionDto: {
    clauses?: components['schemas']['ClausesDto'];
    /** @example 2023-01-03 */
    effectiveOn?: string | null;
    financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
    /** @enum {string} */
    instrument?:
      | 'convention_cadre'
      | 'convention_partenariat'
      | 'accord_cooperation'
      | 'protocole'
      | 'jumelage'
      | 'charte'
      | 'pacte_amitie'
      | 'other';
    /** @example fr */
    language?: string;
    /** @description what the convention is for */
    object?: string | null;
    parties?: components['schemas']['PartyDto'][];
    /** @example VLG-TIZNIT-2023 */
    reference?: string;
    /** @description recorded termination: the last day in force */
    terminatedOn?: string | null;
    /**
     * @description the zone its dates are read in; TZ_DEFAULT if absent
     * @example Europe/Paris
     */
    timeZone?: string;
    title?: string;
  };
  UpdateMeDto: {
    /** @enum {string} */
    language?: 'fr' | 'en' | 'ar';
    name?: string;
    /**
     * @description reminders one by one, or a weekly digest on Monday 08:00
     * @enum {string}
     */
    reminderMode?: 'immediate' | 'digest';
  };
  UpdateMeetingDto: {
    agenda?: components['schemas']['AgendaItemDto'][];
    attendees?: components['schemas']['AttendeeDto'][];
    /** @example Villeneuve-la-Garenne */
    city?: string;
    /**
     * @description who convened it
     * @example Maire de Villeneuve-la-Garenne
     */
    convenedBy?: string | null;
    /**
     * @description ISO 3166-1 alpha-2 of the place
     * @example FR
     */
    country?: string;
    /** @example 2026-03-12 */
    heldOn?: string;
    /**
     * @description the party hosting the meeting
     * @example Villeneuve-la-Garenne
     */
    hostParty?: string;
  };
  UserViewDto: {
    active: boolean;
    /** Format: date-time */
    createdAt: string;
    email: string;
    /** Format: uuid */
    id: string;
    /** @enum {string} */
    language: 'fr' | 'en' | 'ar';
    name: string;
    /** Format: uuid */
    organizationId: string | null;
    /** @enum {string} */
    reminderMode: 'immediate' | 'digest';
    /** @enum {string} */
    role: 'admin' | 'officer' | 'viewer';
  };
}
