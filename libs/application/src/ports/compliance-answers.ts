import { ComplianceRule, IsoDate, VisibilityScope } from '@passerelle/domain';

/** A document formality still missing on a convention, in no language yet. */
export interface StoredComplianceAlert {
  rule: ComplianceRule;
  messageKey: string;
  params: Record<string, string | number>;
}

/** A convention of the scope, with its stored answer if that answer is still current. */
export interface ComplianceAnswerLine {
  conventionId: string;
  reference: string;
  title: string;
  /** Null: none stored for the convention's current revision and local day; compute it. */
  alerts: StoredComplianceAlert[] | null;
  /** Read before the documents: what a computed answer is stored with. */
  revision: string;
  localDay: IsoDate;
}

/**
 * The dashboard's compliance answers, one per convention, kept while nothing they are computed
 * from has changed (the store decides that, by the convention's revision) and for one local day.
 */
export abstract class ComplianceAnswers {
  /** Every convention of the scope, by reference; the current answer where there is one. */
  abstract read(scope: VisibilityScope, now: Date): Promise<ComplianceAnswerLine[]>;
  abstract save(
    answers: Array<{
      conventionId: string;
      revision: string;
      localDay: IsoDate;
      alerts: StoredComplianceAlert[];
    }>,
  ): Promise<void>;
}
