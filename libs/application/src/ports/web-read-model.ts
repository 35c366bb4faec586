import { VisibilityScope } from '@passerelle/domain';

/** A convention as the calendar's filters list it. */
export interface ConventionIndexEntry {
  id: string;
  reference: string;
  title: string;
  /** Its parties' countries, sorted, each once. */
  countries: string[];
}

/** A follow choice a user made (`POST /api/conventions/:id/follow`), with what names the convention. */
export interface FollowChoice {
  conventionId: string;
  following: boolean;
  reference: string;
  title: string;
}

/**
 * Small read-only projections the web app needs and no repository offers (filter lists, follow
 * choices), each scoped exactly like the conventions routes.
 */
export abstract class WebReadModel {
  /** Every convention in the scope, with its parties' countries, by reference. */
  abstract conventionIndex(scope: VisibilityScope): Promise<ConventionIndexEntry[]>;
  /** The user's follow choices on the conventions in the scope, by reference. */
  abstract followChoices(userId: string, scope: VisibilityScope): Promise<FollowChoice[]>;
}
