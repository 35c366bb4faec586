/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasO {
  OfficerRefDto: {
    name: string;
    /** Format: uuid */
    userId: string;
  };
  OrganizationProfileDto: {
    /** @example FR */
    country: string;
    /** Format: uuid */
    id: string;
    name: string;
    /** @example Europe/Paris */
    timezone: string;
  };
  OwnerDto: {
    /**
     * Format: uuid
     * @description an active officer of your organization; null clears
     */
    userId: string | null;
  };
}
