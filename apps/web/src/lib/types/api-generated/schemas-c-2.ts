/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasC2 {
  ConventionViewDto: {
    clauses: components['schemas']['ClausesDto'];
    /** Format: date-time */
    createdAt: string;
    /** @example 2023-01-03 */
    effectiveOn?: string | null;
    executory: components['schemas']['ExecutorySideDto'][];
    financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
    /** Format: uuid */
    id: string;
    /** @enum {string} */
    instrument:
      | 'convention_cadre'
      | 'convention_partenariat'
      | 'accord_cooperation'
      | 'protocole'
      | 'jumelage'
      | 'charte'
      | 'pacte_amitie'
      | 'other';
    keyDates: components['schemas']['KeyDatesDto'];
    /** @example fr */
    language?: string;
    /** @description in the list only */
    nextDeadline?: components['schemas']['NextDeadlineDto'] | null;
    /** @description what the convention is for */
    object?: string | null;
    parties: components['schemas']['PartyDto'][];
    /** @example VLG-TIZNIT-2023 */
    reference: string;
    /**
     * @description derived from the dates
     * @enum {string}
     */
    status: 'draft' | 'awaiting_signatures' | 'in_force' | 'expired' | 'terminated';
    /** @description what the status line adds: signatures missing, a side not yet executory */
    statusNotes: (
      components['schemas']['SignaturesMissingNoteDto'] | components['schemas']['NotExecutoryNoteDto']
    )[];
    /** @description recorded termination: the last day in force */
    terminatedOn?: string | null;
    /** @example Europe/Paris */
    timeZone: string;
    title: string;
    /** Format: date-time */
    updatedAt: string;
    warnings: components['schemas']['ConventionWarningDto'][];
  };
  ConventionWarningDto: {
    /** @enum {string} */
    code: 'mixed_scripts';
    /** @example parties[1].name */
    field: string;
  };
  CreateConventionDto: {
    clauses: components['schemas']['ClausesDto'];
    /** @example 2023-01-03 */
    effectiveOn?: string | null;
    financialCommitments?: components['schemas']['FinancialCommitmentDto'][];
    /** @enum {string} */
    instrument:
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
    parties: components['schemas']['PartyDto'][];
    /** @example VLG-TIZNIT-2023 */
    reference: string;
    /** @description recorded termination: the last day in force */
    terminatedOn?: string | null;
    /**
     * @description the zone its dates are read in; TZ_DEFAULT if absent
     * @example Europe/Paris
     */
    timeZone?: string;
    title: string;
  };
  CreateFirstAdminDto: {
    /** @example relations.internationales@ville.fr */
    email: string;
    /**
     * @default fr
     * @enum {string}
     */
    language: 'fr' | 'en' | 'ar';
    /** @example Claire Martin */
    name: string;
    password: string;
    /** @description the token of the setup link printed at start */
    token: string;
  };
  CreateOrganizationDto: {
    /** @example FR */
    country: string;
    /** @example Ville d’Antony */
    name: string;
    /** @example Europe/Paris */
    timezone: string;
  };
  CreateUserDto: {
    email: string;
    /**
     * @default fr
     * @enum {string}
     */
    language: 'fr' | 'en' | 'ar';
    name: string;
    /** Format: uuid */
    organizationId?: string | null;
    /** @description omitted: the user receives an invitation link by e-mail */
    password?: string;
    /** @enum {string} */
    role: 'admin' | 'officer' | 'viewer';
  };
}
