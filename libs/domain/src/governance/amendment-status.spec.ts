import { AmendmentRule } from '../clauses/clauses';
import { AmendmentApproval, amendmentStanding, answerAmendment } from './amendment-status';

const parties = [{ name: 'Villeneuve-la-Garenne' }, { name: 'Tiznit' }];
const approved = (party: string, on: string): AmendmentApproval => ({ party, decision: 'approved', on });
const refused = (party: string, on: string): AmendmentApproval => ({ party, decision: 'refused', on });

describe('amendmentStanding', () => {
  const rules: AmendmentRule[] = ['unanimity', 'common_agreement', 'avenant_signed_by_all'];
  it.each(
    rules.flatMap(
      (rule) =>
        [
          [rule, [], 'proposed', ['Villeneuve-la-Garenne', 'Tiznit'], null],
          [rule, [approved('Villeneuve-la-Garenne', '2026-05-10')], 'proposed', ['Tiznit'], null],
          [
            rule,
            [approved('Villeneuve-la-Garenne', '2026-05-10'), approved('Tiznit', '2026-04-20')],
            'in_force',
            [],
            '2026-05-10',
          ],
          [
            rule,
            [approved('Villeneuve-la-Garenne', '2026-05-10'), refused('Tiznit', '2026-06-01')],
            'refused',
            [],
            null,
          ],
          [rule, [refused('Tiznit', '2026-06-01')], 'refused', ['Villeneuve-la-Garenne'], null],
        ] as const,
    ),
  )('%s with %j → %s, missing %j, in force %s', (rule, approvals, status, missing, inForceOn) => {
    expect(amendmentStanding(rule, parties, approvals)).toMatchObject({ rule, status, missing, inForceOn });
  });

  it('defaults to common agreement and names who refused', () => {
    expect(amendmentStanding(null, parties, [refused('tiznit', '2026-06-01')])).toMatchObject({
      rule: 'common_agreement',
      refusedBy: ['Tiznit'],
    });
  });
});

describe('answerAmendment', () => {
  const today = '2026-06-30';
  it('adds an answer under the party’s own name', () => {
    const result = answerAmendment('unanimity', parties, [], approved(' TIZNIT', '2026-05-10'), today);
    expect(result).toMatchObject({
      changed: true,
      approval: { party: 'Tiznit', decision: 'approved', deliberationRef: null },
    });
  });

  it('a retried answer changes nothing; a different answer is a conflict', () => {
    const first = answerAmendment(
      'unanimity',
      parties,
      [],
      approved('Tiznit', '2026-05-10'),
      today,
    ).approvals;
    expect(
      answerAmendment('unanimity', parties, first, approved('Tiznit', '2026-05-10'), today).changed,
    ).toBe(false);
    expect(() =>
      answerAmendment('unanimity', parties, first, refused('Tiznit', '2026-05-10'), today),
    ).toThrow(expect.objectContaining({ code: 'conflict', field: 'party' }));
  });

  it.each([
    ['an unknown party', approved('Paris', '2026-05-10'), 'invalid_input', 'party'],
    ['a date in the future', approved('Tiznit', '2026-07-01'), 'invalid_input', 'on'],
  ])('refuses %s', (_, answer, code, field) => {
    expect(() => answerAmendment('unanimity', parties, [], answer, today)).toThrow(
      expect.objectContaining({ code, field }),
    );
  });

  it('refuses answers once refused', () => {
    const approvals = [refused('Tiznit', '2026-05-10')];
    expect(() =>
      answerAmendment(
        'unanimity',
        parties,
        approvals,
        approved('Villeneuve-la-Garenne', '2026-05-11'),
        today,
      ),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});
