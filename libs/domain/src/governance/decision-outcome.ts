import { DecisionRule } from '../clauses/clauses';
import { Party } from '../conventions/convention';
import { DomainError } from '../shared/domain-error';
import { findPartyName } from './party-name';

export type Vote = 'for' | 'against' | 'abstain' | 'absent';
export const VOTES: readonly Vote[] = ['for', 'against', 'abstain', 'absent'];

export interface PartyVote {
  party: string;
  vote: Vote;
}

/** Without a decision rule in the committee clause, a bilateral committee decides by common accord. */
export const DEFAULT_DECISION_RULE: DecisionRule = 'unanimity';

export interface DecisionOutcome {
  rule: DecisionRule;
  adopted: boolean;
  /** The parties whose vote (or absence) prevented adoption; empty when adopted. */
  blockedBy: string[];
  /** One vote per party of the convention, in the document's order; unlisted parties are absent. */
  votes: PartyVote[];
  tally: Record<Vote, number>;
}

/**
 * Every party of the convention gets a vote: the ones not listed count as absent. An unknown or
 * repeated party is invalid input naming `votes[i].party`.
 */
export function completeVotes(
  parties: ReadonlyArray<Pick<Party, 'name'>>,
  given: readonly PartyVote[],
): PartyVote[] {
  const byParty = new Map<string, Vote>();
  given.forEach(({ party, vote }, index) => {
    const name = findPartyName(parties, party);
    if (!name) {
      throw new DomainError(
        'invalid_input',
        `votes[${index}].party: "${party}" is not a party of the convention`,
        `votes[${index}].party`,
      );
    }
    if (byParty.has(name)) {
      throw new DomainError(
        'invalid_input',
        `votes[${index}].party: "${party}" has already voted`,
        `votes[${index}].party`,
      );
    }
    byParty.set(name, vote);
  });
  return parties.map(({ name }) => ({ party: name, vote: byParty.get(name) ?? 'absent' }));
}

/**
 * The outcome of a committee decision under the convention's rule:
 * - `unanimity`: every party votes for; any party against, abstaining or absent blocks it;
 * - `consensus`: no party objects and every party takes part (an abstention does not block);
 * - `majority`: more than half of the parties present (quorum) and more votes for than against;
 *   when it fails, those who voted against (and, without quorum, the absent) blocked it.
 */
export function decideOutcome(
  rule: DecisionRule | null | undefined,
  parties: ReadonlyArray<Pick<Party, 'name'>>,
  given: readonly PartyVote[],
): DecisionOutcome {
  const applied = rule ?? DEFAULT_DECISION_RULE;
  const votes = completeVotes(parties, given);
  const tally: Record<Vote, number> = { for: 0, against: 0, abstain: 0, absent: 0 };
  for (const { vote } of votes) tally[vote] += 1;
  const who = (...kinds: Vote[]) =>
    votes.filter(({ vote }) => kinds.includes(vote)).map(({ party }) => party);
  let blockedBy: string[];
  switch (applied) {
    case 'unanimity':
      blockedBy = who('against', 'abstain', 'absent');
      break;
    case 'consensus':
      blockedBy = who('against', 'absent');
      break;
    case 'majority': {
      const present = votes.length - tally.absent;
      const quorum = present * 2 > votes.length;
      const carried = quorum && tally.for > tally.against;
      blockedBy = carried ? [] : quorum ? who('against') : who('against', 'absent');
      break;
    }
  }
  const adopted =
    applied === 'majority'
      ? blockedBy.length === 0 && tally.for > tally.against
      : blockedBy.length === 0 && tally.for > 0;
  return { rule: applied, adopted, blockedBy: adopted ? [] : blockedBy, votes, tally };
}
