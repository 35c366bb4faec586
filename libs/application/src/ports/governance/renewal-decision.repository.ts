import { Actor, RenewalDecision } from '@passerelle/domain';

export type NewRenewalDecision = Omit<RenewalDecision, 'id' | 'createdBy' | 'createdAt'>;

export abstract class RenewalDecisionRepository {
  /** The convention's decisions, in the order they were taken. */
  abstract listOf(conventionId: string): Promise<RenewalDecision[]>;
  abstract insert(decision: NewRenewalDecision, actor: Actor): Promise<RenewalDecision>;
}
