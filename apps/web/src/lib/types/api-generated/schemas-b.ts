/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasB {
  BudgetLineDto: {
    /** @example 994690 */
    amount?: number | null;
    /** @example PAD */
    contributor?: string | null;
    /** @enum {string|null} */
    contributorKind?: 'party' | 'cofinancer' | null;
    /** @example MAD */
    currency?: string | null;
    /** @enum {string|null} */
    nature?: 'cash' | 'in_kind' | 'mixed' | null;
    /** @enum {string} */
    role: 'contribution' | 'total' | 'expense';
    yearFrom?: number | null;
    yearTo?: number | null;
  };
}
