import fc from 'fast-check';
import { timelinessAtSend } from './reminder-timeliness';
import { DEFAULT_REMINDER_POLICY } from './reminder-policy';
import { stepToSend } from './reminder-step';
import { classifyDeliveryError, retryAfterFailure, retryDelayMs, RETRY_WINDOW_HOURS } from './retry-policy';

const HOUR = 3600_000;

describe('retry policy', () => {
  it('backs off from one minute to two hours, half fixed and half random', () => {
    expect(retryDelayMs(1, 0)).toBe(30_000);
    expect(retryDelayMs(1, 0.999999)).toBeCloseTo(60_000, -1);
    expect(retryDelayMs(4, 0.5)).toBe(6 * 60_000);
    expect(retryDelayMs(40, 0)).toBe(HOUR);
    expect(retryDelayMs(40, 1)).toBe(2 * HOUR);
  });

  it('property: an outage keeps a reminder pending for 48 hours, never longer, whatever the jitter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
          minLength: 200,
          maxLength: 200,
        }),
        (randoms) => {
          const start = new Date('2026-09-01T06:00:00Z');
          let now = start;
          for (let failures = 1; failures <= randoms.length; failures += 1) {
            const next = retryAfterFailure({
              failure: 'outage',
              failures,
              windowStart: start,
              now,
              random: randoms[failures - 1],
            });
            const elapsed = now.getTime() - start.getTime();
            if (next.failed) return elapsed >= RETRY_WINDOW_HOURS * HOUR;
            if (next.nextAttemptAt <= now) return false;
            if (next.nextAttemptAt.getTime() > start.getTime() + RETRY_WINDOW_HOURS * HOUR) return false;
            now = next.nextAttemptAt;
          }
          return false;
        },
      ),
    );
  });

  it('fails a refused address at once', () => {
    const now = new Date('2026-09-01T06:00:00Z');
    expect(
      retryAfterFailure({ failure: 'refused', failures: 1, windowStart: now, now, random: 0.5 }),
    ).toEqual({ failed: true });
  });

  it.each([
    [{ responseCode: 550, command: 'RCPT TO' }, 'refused'],
    [{ responseCode: 553, command: 'RCPT TO' }, 'refused'],
    [{ responseCode: 450, command: 'RCPT TO' }, 'outage'],
    [{ responseCode: 554, command: 'DATA' }, 'outage'],
    [{ responseCode: 535, command: 'AUTH PLAIN' }, 'outage'],
    [{ command: 'CONN' }, 'outage'],
    [{}, 'outage'],
  ])('%j is %s', (error, kind) => {
    expect(classifyDeliveryError(error)).toBe(kind);
  });
});

describe('a reminder about to leave late', () => {
  it.each([
    ['on its day', 'lead:30', '2025-09-02', { send: true, daysLeft: 30, catchUp: false }],
    ['five days late, before the date', 'lead:30', '2025-09-07', { send: true, daysLeft: 25, catchUp: true }],
    ['on the date', 'lead:1', '2025-10-02', { send: true, daysLeft: 0, catchUp: true }],
    ['after the date: dropped', 'lead:1', '2025-10-03', { send: false }],
    ['an overdue step, late', 'overdue:7', '2025-10-11', { send: true, daysLeft: -9, catchUp: true }],
  ])('%s', (_label, step, today, expected) => {
    const daysLeft = step === 'lead:30' ? 30 : step === 'lead:1' ? 1 : -7;
    expect(timelinessAtSend({ step, dueOn: '2025-10-02', daysLeft, catchUp: false }, today)).toEqual(
      expected,
    );
  });
});

describe('a task forgotten for more than its overdue period', () => {
  it('owes nothing any more (the last weekly step is not "current" for ever)', () => {
    const policy = DEFAULT_REMINDER_POLICY;
    expect(stepToSend('action_plan', '2023-12-31', '2024-12-30', policy)).toMatchObject({
      key: 'overdue:364',
    });
    expect(stepToSend('action_plan', '2023-12-31', '2025-09-02', policy)).toBeNull();
  });
});
