/**
 * Generated from the API's OpenAPI document by openapi-typescript (scripts/web-api-types.mjs):
 * do not edit. `npm run generate:api-types` writes it again; the integration tier fails when
 * it is stale (test/web-types/api-types.integration-spec.ts).
 */
export interface SchemasF {
  FileViewDto: {
    contentType: string;
    conventionId: string;
    evaluationId: string | null;
    filename: string;
    id: string;
    kind: string;
    minutesId: string | null;
    sha256: string;
    size: number;
    title: string | null;
    /** Format: date-time */
    uploadedAt: string;
    uploadedBy: string | null;
    /** @description where to download it */
    url: string;
  };
  FinancialCommitmentDto: {
    /** @example 15000 */
    amount: number;
    /** @example EUR */
    currency: string;
    note?: string | null;
    /** @example Villeneuve-la-Garenne */
    party: string;
    /** @example 2024 */
    year?: number | null;
  };
  FollowChoiceDto: {
    /** Format: uuid */
    conventionId: string;
    following: boolean;
    reference: string;
    title: string;
  };
  FollowDto: {
    /** @description false mutes the convention’s reminders for the caller */
    following: boolean;
  };
}
