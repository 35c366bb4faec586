import { sweepReason, writeReason } from './reminder-reason';

describe('why a reminder row exists (issue 19: a catch-up says its real reason)', () => {
  it.each([
    ['its step on today', '2025-09-02', '2025-09-02', '2025-09-01', 'on_time'],
    [
      'the sweep ran daily: a step on a day it covered was not owed then',
      '2025-08-30',
      '2025-09-02',
      '2025-09-01',
      'late',
    ],
    ['the step on the last sweep day itself', '2025-09-01', '2025-09-02', '2025-09-01', 'late'],
    [
      'a step on a day no sweep covered: the service was down',
      '2025-08-28',
      '2025-09-02',
      '2025-08-20',
      'service_down',
    ],
    ['the first sweep of an installation', '2025-08-28', '2025-09-02', null, 'late'],
  ] as const)('sweep: %s', (_label, stepDay, today, lastSweptDay, reason) => {
    expect(sweepReason(stepDay, today, lastSweptDay)).toBe(reason);
  });

  it('a write: its reason for a catch-up, on time for a step on today, onboarding always', () => {
    expect(writeReason(true, 'new_convention')).toBe('new_convention');
    expect(writeReason(false, 'new_convention')).toBe('on_time');
    expect(writeReason(false, 'onboarding')).toBe('onboarding');
    expect(writeReason(true, 'onboarding')).toBe('onboarding');
  });
});
