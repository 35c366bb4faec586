import { organizationApdDeadlines, OrganizationPartySpan } from './organization-deadlines';

const span = (conventionId: string, startsOn: string | null, endsOn: string | null, country = 'FR') =>
  ({ conventionId, country, startsOn, endsOn }) satisfies OrganizationPartySpan;

describe('organizationApdDeadlines (CONTRACT §7)', () => {
  it('one deadline a year after each year in force, due 31 May, however many conventions', () => {
    const deadlines = organizationApdDeadlines(
      'org',
      [span('b', '2024-02-02', '2025-06-30'), span('a', '2025-01-01', null)],
      '2027-12-31',
    );
    expect(
      deadlines.map(({ dueOn, declaredYear, conventionId }) => [dueOn, declaredYear, conventionId]),
    ).toEqual([
      ['2025-05-31', 2024, 'b'],
      ['2026-05-31', 2025, 'a'],
      ['2027-05-31', 2026, 'a'],
    ]);
  });

  it('nothing for a Moroccan party, a convention never in force, or past the horizon', () => {
    expect(
      organizationApdDeadlines(
        'org',
        [span('a', '2024-01-01', null, 'MA'), span('b', null, null)],
        '2030-12-31',
      ),
    ).toEqual([]);
    expect(organizationApdDeadlines('org', [span('a', '2026-03-01', null)], '2027-05-30')).toEqual([]);
  });

  it('keeps the convention it was reminded through while that one still makes it due', () => {
    const parties = [span('a', '2024-01-01', null), span('z', '2024-01-01', null)];
    const previous = new Map([
      ['2025-05-31', 'z'],
      ['2026-05-31', 'gone'],
    ]);
    const deadlines = organizationApdDeadlines('org', parties, '2026-12-31', previous);
    expect(deadlines.map((deadline) => deadline.conventionId)).toEqual(['z', 'a']);
  });
});
