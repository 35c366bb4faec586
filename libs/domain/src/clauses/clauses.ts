/** Where a clause comes from in the signed text. */
export interface ClauseSource {
  article: string;
  /** Verbatim sentence from the text, typos included. */
  quote: string;
}

/** `after_approvals`: the latest of every signature and every Moroccan party's visa (CONTRACT §7). */
export type TermStart = 'effective_date' | 'last_signature' | 'fixed_date' | 'after_approvals';
export const TERM_STARTS: readonly TermStart[] = [
  'effective_date',
  'last_signature',
  'fixed_date',
  'after_approvals',
];

export interface TermClause {
  start: TermStart;
  startDate?: string | null;
  durationMonths?: number | null;
  indefinite?: boolean;
  source?: ClauseSource | null;
}

export type RenewalMode = 'tacit' | 'express' | 'after_evaluation' | 'none';
export const RENEWAL_MODES: readonly RenewalMode[] = ['tacit', 'express', 'after_evaluation', 'none'];

export interface RenewalClause {
  mode: RenewalMode;
  periodMonths?: number | null;
  maxRenewals?: number | null;
  noticeMonths?: number | null;
  noticeDays?: number | null;
  source?: ClauseSource | null;
}

/** Résiliation. */
export interface TerminationClause {
  anyTime?: boolean;
  noticeMonths?: number | null;
  noticeDays?: number | null;
  source?: ClauseSource | null;
}

/** Programme d'actions annuel. */
export interface ActionPlanClause {
  deadlineMonth: number;
  deadlineDay: number;
  /** -1: the plan for year Y is due in year Y-1 ("avant le 31 décembre de l'année n-1"). */
  yearOffset?: number;
  approvedBy?: string | null;
  source?: ClauseSource | null;
}

export interface EvaluationClause {
  annual?: boolean;
  beforeRenewal?: boolean;
  atTerm?: boolean;
  leadMonths?: number | null;
  source?: ClauseSource | null;
}

export type DecisionRule = 'unanimity' | 'consensus' | 'majority';
export const DECISION_RULES: readonly DecisionRule[] = ['unanimity', 'consensus', 'majority'];
export const MEETINGS_PER_YEAR: readonly number[] = [1, 2, 3, 4, 6, 12];

/** Comité de pilotage / comité de suivi. */
export interface CommitteeClause {
  name?: string | null;
  minMeetingsPerYear?: number;
  alternatingHost?: boolean;
  decisionRule?: DecisionRule;
  minutesSignatories?: string[];
  source?: ClauseSource | null;
}

export type AmendmentRule = 'unanimity' | 'common_agreement' | 'avenant_signed_by_all';
export const AMENDMENT_RULES: readonly AmendmentRule[] = [
  'unanimity',
  'common_agreement',
  'avenant_signed_by_all',
];

/** Avenants. */
export interface AmendmentClause {
  rule: AmendmentRule;
  source?: ClauseSource | null;
}

export interface Clauses {
  term?: TermClause | null;
  renewal?: RenewalClause | null;
  termination?: TerminationClause | null;
  actionPlan?: ActionPlanClause | null;
  evaluation?: EvaluationClause | null;
  committee?: CommitteeClause | null;
  amendment?: AmendmentClause | null;
}

export type ClauseKind = keyof Clauses;
export const CLAUSE_KINDS: readonly ClauseKind[] = [
  'term',
  'renewal',
  'termination',
  'actionPlan',
  'evaluation',
  'committee',
  'amendment',
];
