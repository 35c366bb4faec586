/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasI {
  ImportActionPlanPaymentsDto: {
    /** Format: uuid */
    actionPlanId: string;
    /**
     * @description euros for one unit, per currency other than EUR
     * @example {
     *       "MAD": 0.092
     *     }
     */
    exchangeRates?: {
      [key: string]: number;
    };
    /**
     * @description the day the lines were paid
     * @example 2024-06-30
     */
    paidOn: string;
  };
  ImpreciseDateDto: {
    /** @enum {string} */
    precision: 'day' | 'month' | 'season' | 'year';
    /**
     * @description YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY
     * @example 2007-autumn
     */
    value: string;
  };
  IndicatorDto: {
    /** @example Jeunes accueillis */
    name: string;
    /** @example 40 */
    target?: string | null;
    /** @example 36 */
    value?: string | null;
  };
  IndicatorViewDto: {
    name: string;
    target?: string | null;
    value?: string | null;
  };
}
