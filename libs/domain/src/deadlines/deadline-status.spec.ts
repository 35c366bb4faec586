import { DUE_SOON_DAYS, deadlineStatus, statusOfDeadline } from './deadline-status';

describe('deadlineStatus', () => {
  it.each([
    ['2026-01-02', '2025-10-01', null, 'upcoming'],
    ['2026-01-02', '2025-12-02', null, 'upcoming'],
    ['2026-01-02', '2025-12-03', null, 'due'],
    ['2026-01-02', '2026-01-02', null, 'due'],
    ['2026-01-02', '2026-01-03', null, 'overdue'],
    ['2026-01-02', '2026-01-03', { state: 'done' as const }, 'done'],
    ['2026-01-02', '2025-01-01', { state: 'waived' as const }, 'waived'],
  ])('due %s, today %s, record %j → %s', (dueOn, today, record, expected) => {
    expect(deadlineStatus(dueOn, today, record)).toBe(expected);
  });

  it('due soon is 30 days by default and can be changed', () => {
    expect(DUE_SOON_DAYS).toBe(30);
    expect(deadlineStatus('2026-01-02', '2025-12-26', undefined, 7)).toBe('due');
    expect(deadlineStatus('2026-01-02', '2025-12-25', undefined, 7)).toBe('upcoming');
  });
});

describe('statusOfDeadline', () => {
  it.each([
    ['expiry', '2026-01-02', '2026-01-03', 'done'],
    ['tacit_renewal', '2026-01-03', '2026-02-01', 'done'],
    ['expiry', '2026-01-02', '2026-01-02', 'due'],
    // Passed without a notice: the convention renewed; nobody is late (CONTRACT §7).
    ['renewal_notice', '2025-10-02', '2025-10-03', 'lapsed'],
    ['renewal_notice', '2025-10-02', '2025-10-02', 'due'],
    ['renewal_decision', '2026-01-02', '2026-01-03', 'overdue'],
    ['prefecture_review', '2023-03-03', '2023-03-04', 'done'],
    ['action_plan', '2026-12-31', '2026-01-01', 'upcoming'],
  ] as const)('%s due %s seen on %s is %s', (kind, dueOn, today, expected) => {
    expect(statusOfDeadline({ kind, dueOn }, today)).toBe(expected);
  });

  it('keeps a notice given (done) as done, not lapsed', () => {
    expect(
      statusOfDeadline({ kind: 'renewal_notice', dueOn: '2025-10-02' }, '2026-02-01', { state: 'done' }),
    ).toBe('done');
  });

  it('keeps an officer’s record first', () => {
    expect(statusOfDeadline({ kind: 'expiry', dueOn: '2026-01-02' }, '2026-02-01', { state: 'waived' })).toBe(
      'waived',
    );
  });
});
