import { DecisionRule } from '../clauses/clauses';
import { DomainError } from '../shared/domain-error';
import { completeVotes, decideOutcome, PartyVote, Vote } from './decision-outcome';

const bilateral = [{ name: 'Villeneuve-la-Garenne' }, { name: 'Tiznit' }];
const trilateral = [{ name: 'Chambéry' }, { name: 'Grand Chambéry' }, { name: 'Taroudant' }];
const votes = (parties: Array<{ name: string }>, ...given: Vote[]): PartyVote[] =>
  given.map((vote, index) => ({ party: parties[index].name, vote }));

describe('decideOutcome', () => {
  it.each<[DecisionRule, Vote[], boolean, string[]]>([
    ['unanimity', ['for', 'for'], true, []],
    ['unanimity', ['for', 'absent'], false, ['Tiznit']],
    ['unanimity', ['for'], false, ['Tiznit']],
    ['unanimity', ['against', 'for'], false, ['Villeneuve-la-Garenne']],
    ['unanimity', ['abstain', 'for'], false, ['Villeneuve-la-Garenne']],
    ['unanimity', ['against', 'absent'], false, ['Villeneuve-la-Garenne', 'Tiznit']],
    ['consensus', ['for', 'abstain'], true, []],
    ['consensus', ['for', 'absent'], false, ['Tiznit']],
    ['consensus', ['for', 'against'], false, ['Tiznit']],
    ['consensus', ['abstain', 'abstain'], false, []],
    ['majority', ['for', 'for'], true, []],
    ['majority', ['for', 'against'], false, ['Tiznit']],
    ['majority', ['for', 'absent'], false, ['Tiznit']],
  ])('%s, bilateral votes %j → adopted %s, blocked by %j', (rule, given, adopted, blockedBy) => {
    const outcome = decideOutcome(rule, bilateral, votes(bilateral, ...given));
    expect([outcome.adopted, outcome.blockedBy]).toEqual([adopted, blockedBy]);
  });

  it.each<[DecisionRule, Vote[], boolean, string[]]>([
    ['majority', ['for', 'for', 'against'], true, []],
    ['majority', ['for', 'abstain', 'absent'], true, []],
    ['majority', ['for', 'absent', 'absent'], false, ['Grand Chambéry', 'Taroudant']],
    ['majority', ['for', 'against', 'abstain'], false, ['Grand Chambéry']],
    ['unanimity', ['for', 'for', 'for'], true, []],
    ['unanimity', ['for', 'for', 'absent'], false, ['Taroudant']],
    ['consensus', ['for', 'abstain', 'abstain'], true, []],
  ])('%s, trilateral votes %j → adopted %s, blocked by %j', (rule, given, adopted, blockedBy) => {
    const outcome = decideOutcome(rule, trilateral, votes(trilateral, ...given));
    expect([outcome.adopted, outcome.blockedBy]).toEqual([adopted, blockedBy]);
  });

  it('defaults to unanimity and reports every party’s vote and the tally', () => {
    const outcome = decideOutcome(undefined, bilateral, [{ party: ' tiznit ', vote: 'for' }]);
    expect(outcome).toEqual({
      rule: 'unanimity',
      adopted: false,
      blockedBy: ['Villeneuve-la-Garenne'],
      votes: [
        { party: 'Villeneuve-la-Garenne', vote: 'absent' },
        { party: 'Tiznit', vote: 'for' },
      ],
      tally: { for: 1, against: 0, abstain: 0, absent: 1 },
    });
  });

  it.each([
    [[{ party: 'Paris', vote: 'for' as const }], 'votes[0].party'],
    [
      [
        { party: 'Tiznit', vote: 'for' as const },
        { party: 'TIZNIT', vote: 'against' as const },
      ],
      'votes[1].party',
    ],
  ])('refuses unknown or repeated parties %j naming %s', (given, field) => {
    expect(() => completeVotes(bilateral, given)).toThrow(DomainError);
    try {
      completeVotes(bilateral, given);
    } catch (error) {
      expect((error as DomainError).field).toBe(field);
      expect((error as DomainError).code).toBe('invalid_input');
    }
  });
});
