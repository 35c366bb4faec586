import fc from 'fast-check';
import { AttemptCounter, AttemptRule } from './attempt-counter';

const rule = (limit: number, windowMs = 60_000): AttemptRule => ({ name: `r${limit}`, limit, windowMs });

describe('AttemptCounter', () => {
  it('allows `limit` attempts per window and key, then tells how long to wait', () => {
    let now = 1_000_000;
    const counter = new AttemptCounter(() => now);
    const keys = [{ rule: rule(3), key: 'a' }];
    for (let i = 0; i < 3; i += 1) expect(counter.attempt(keys).allowed).toBe(true);
    now += 20_000;
    expect(counter.attempt(keys)).toEqual({ allowed: false, retryAfterSeconds: 40, rule: 'r3' });
    now += 40_000;
    expect(counter.attempt(keys).allowed).toBe(true);
  });

  it('counts against every key at once, or against none when one is spent', () => {
    const counter = new AttemptCounter(() => 0);
    const ip = { rule: rule(2), key: 'ip' };
    expect(counter.attempt([ip, { rule: rule(5), key: 'a' }]).allowed).toBe(true);
    expect(counter.attempt([ip, { rule: rule(5), key: 'b' }]).allowed).toBe(true);
    expect(counter.attempt([ip, { rule: rule(5), key: 'c' }]).allowed).toBe(false);
    // 'c' was not charged for the refused attempt.
    for (let i = 0; i < 5; i += 1) expect(counter.attempt([{ rule: rule(5), key: 'c' }]).allowed).toBe(true);
  });

  it('gives a released attempt back, once', () => {
    const counter = new AttemptCounter(() => 0);
    const keys = [{ rule: rule(1), key: 'a' }];
    const first = counter.attempt(keys);
    if (!first.allowed) throw new Error('refused');
    first.release();
    first.release();
    expect(counter.attempt(keys).allowed).toBe(true);
    expect(counter.attempt(keys).allowed).toBe(false);
  });

  it('never allows more than the limit within one window, whatever the arrival times (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 200 }),
        (limit, gaps) => {
          let now = 0;
          const counter = new AttemptCounter(() => now);
          const allowedAt: number[] = [];
          for (const gap of gaps) {
            now += gap;
            if (counter.attempt([{ rule: rule(limit, 10_000), key: 'k' }]).allowed) allowedAt.push(now);
          }
          // Fixed windows: any window start w admits at most `limit` attempts in [w, w + 10 s).
          for (const start of allowedAt) {
            const inWindow = allowedAt.filter((at) => at >= start && at < start + 10_000).length;
            expect(inWindow).toBeLessThanOrEqual(2 * limit);
          }
          expect(allowedAt.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
