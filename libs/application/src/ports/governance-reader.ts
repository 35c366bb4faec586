import { GovernanceFacts } from '@passerelle/domain';

/**
 * What deadline computations need from a convention's governance records (meetings, minutes,
 * amendments): the deadlines they open and the clause versions amendments bring.
 */
export abstract class GovernanceReader {
  abstract factsOf(conventionId: string): Promise<GovernanceFacts>;
  /** Facts of many conventions at once (horizon extension); conventions without records are absent. */
  abstract factsOfMany(conventionIds: string[]): Promise<Map<string, GovernanceFacts>>;
}
