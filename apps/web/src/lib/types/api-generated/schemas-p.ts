/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
import type { components } from '../api.generated';

export interface SchemasP {
  PartyDto: {
    /**
     * @description ISO 3166-1 alpha-2
     * @example FR
     */
    country: string;
    /**
     * @description council deliberation
     * @example 2022-12-15
     */
    deliberationOn?: string | null;
    /** @enum {string|null} */
    level?:
      | 'commune'
      | 'intercommunalite'
      | 'departement'
      | 'region'
      | 'province'
      | 'prefecture'
      | 'state'
      | 'other'
      | null;
    /** @example Villeneuve-la-Garenne */
    name: string;
    /** Format: uuid */
    organizationId?: string | null;
    /**
     * @description @ctes acknowledgment number of the transmission
     * @example 092-219200072-20230103-DEL2022-12-15-DE
     */
    prefectureReceiptNumber?: string | null;
    /**
     * @description prefecture acknowledgment
     * @example 2023-01-03
     */
    prefectureTransmissionOn?: string | null;
    /** @example Pascal Pelain */
    representative?: string | null;
    /** @example Maire */
    representativeTitle?: string | null;
    signedOn?: string | null;
    /**
     * @description who gave (or gives) the visa
     * @enum {string|null}
     */
    visaAuthority?: 'governor' | 'interior_ministry' | 'other' | null;
    /**
     * @description Moroccan party: the supervisory authority's visa
     * @example 2023-02-20
     */
    visaOn?: string | null;
  };
  PartyHitDto: {
    /** Format: uuid */
    conventionId: string;
    /** @example MA */
    country: string;
    name: string;
    reference: string;
  };
  PartyVoteDto: {
    party: string;
    /** @enum {string} */
    vote: 'for' | 'against' | 'abstain' | 'absent';
  };
  PasswordResetRequestDto: {
    email: string;
  };
  PaymentDto: {
    /** @example 15000 */
    amount: number;
    /**
     * @description beneficiary country; default: the partners’ only foreign country
     * @example MA
     */
    country?: string | null;
    /** @example EUR */
    currency: string;
    /**
     * @description euros for one unit of currency on the day paid; required for any currency but EUR
     * @example 0.092
     */
    exchangeRate?: number | null;
    /** @enum {string} */
    kind: 'cash' | 'in_kind';
    /** @example 2024-03-15 */
    paidOn: string;
    /**
     * @description the paying party's name
     * @example Villeneuve-la-Garenne
     */
    party: string;
    /** @example Chantier jeunes 2024 */
    purpose?: string | null;
  };
  PeriodDto: {
    /**
     * Format: date
     * @example 2026-03-12
     */
    from: string;
    /**
     * Format: date
     * @example 2026-03-12
     */
    to: string;
  };
  PresentEvaluationDto: {
    /** @description Markdown; raw HTML is removed */
    findings: string;
    indicators?: components['schemas']['IndicatorDto'][];
    period: components['schemas']['PeriodDto'];
  };
  PreviewDeadlinesDto: {
    /** @description a convention document as it would be created */
    document: components['schemas']['CreateConventionDto'];
    /**
     * @description default: the term start, else a year before today
     * @example 2024-01-01
     */
    from?: string;
    /** @enum {string} */
    lang?: 'fr' | 'en' | 'ar';
    /**
     * @description default: six years after from
     * @example 2030-12-31
     */
    to?: string;
  };
  ProjectDto: {
    beneficiaries?: string | null;
    budgetLines?: components['schemas']['BudgetLineDto'][];
    domains?: string[];
    endsOn?: components['schemas']['ImpreciseDateDto'] | null;
    objectives?: string | null;
    period?: string | null;
    projectOwner?: string | null;
    startsOn?: components['schemas']['ImpreciseDateDto'] | null;
    /** @enum {string} */
    status: 'planned' | 'in_progress' | 'done';
    /** @example Plan de déplacements urbains */
    title: string;
  };
  ProposeAmendmentDto: {
    /**
     * @example {
     *       "committee": {
     *         "minMeetingsPerYear": 2
     *       }
     *     }
     */
    changes: components['schemas']['ClauseChangesDto'];
    /**
     * @description default today
     * @example 2026-04-01
     */
    proposedOn?: string;
    /** @description the avenant’s text (Markdown; raw HTML removed) */
    text: string;
    /** @example Avenant n° 1 : comité semestriel */
    title?: string | null;
  };
}
