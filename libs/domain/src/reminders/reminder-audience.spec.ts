import { Role } from '../accounts/actor';
import { effectiveOwner, OwnerRelation, ownerRelation, receivesReminder } from './reminder-audience';

describe('receivesReminder', () => {
  // role, owner, following, escalation → receives
  const cases: Array<[Role, OwnerRelation, boolean, boolean, boolean]> = [
    ['officer', 'self', true, false, true],
    ['officer', 'self', false, false, false], // a mute is kept, owner or not
    ['viewer', 'self', true, false, true],
    ['officer', 'someone_else', true, false, false],
    ['officer', 'someone_else', true, true, true],
    ['officer', 'someone_else', false, true, false],
    ['officer', 'nobody', true, false, true],
    ['officer', 'nobody', false, false, false],
    ['officer', 'nobody', true, true, true],
    ['viewer', 'nobody', true, false, false],
    ['viewer', 'someone_else', true, true, true],
    ['viewer', 'nobody', false, true, false],
    ['admin', 'nobody', true, false, false],
    ['admin', 'someone_else', true, true, true],
  ];

  it.each(cases)(
    '%s, owner %s, following %s, escalation %s → %s',
    (role, owner, following, escalation, expected) => {
      expect(receivesReminder({ role, owner, following }, escalation)).toBe(expected);
    },
  );

  it('before the escalation step, a named owner is the only officer written to', () => {
    const officers = ['ana', 'bruno', 'chloé'];
    const owner = effectiveOwner('bruno', 'ana');
    const reached = officers.filter((id) =>
      receivesReminder({ role: 'officer', following: true, owner: ownerRelation(id, owner) }, false),
    );
    expect(reached).toEqual(['bruno']);
    const escalated = officers.filter((id) =>
      receivesReminder({ role: 'officer', following: true, owner: ownerRelation(id, owner) }, true),
    );
    expect(escalated).toEqual(officers);
  });

  it('the lead officer owns what nobody was named for; with neither, nobody owns it', () => {
    expect(effectiveOwner(null, 'ana')).toBe('ana');
    expect(effectiveOwner('bruno', 'ana')).toBe('bruno');
    expect(effectiveOwner(undefined, null)).toBeNull();
    expect(ownerRelation('ana', null)).toBe('nobody');
  });
});
