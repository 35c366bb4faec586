/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasW {
  WaiveDeadlineDto: {
    /** @example Comité reporté d’un commun accord */
    reason: string;
  };
  WriteMinutesDto: {
    /** @description circulate for signature at once (default: keep as a draft) */
    circulate?: boolean;
    /**
     * @description Markdown; raw HTML is removed
     * @example # Procès-verbal
     *
     *     Le comité valide le programme 2027.
     */
    text: string;
  };
}
