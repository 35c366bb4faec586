import { Actor, Evaluation } from '@passerelle/domain';

export type NewEvaluation = Omit<Evaluation, 'id' | 'createdBy' | 'createdAt'>;

export abstract class EvaluationRepository {
  /** The convention's evaluations, by period. */
  abstract listOf(conventionId: string): Promise<Evaluation[]>;
  abstract byId(id: string): Promise<Evaluation | null>;
  abstract insert(evaluation: NewEvaluation, actor: Actor): Promise<Evaluation>;
}
