/** One limit: at most `limit` attempts per `windowMs` for each key it is applied to. */
export interface AttemptRule {
  name: string;
  limit: number;
  windowMs: number;
}

export type AttemptResult =
  { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number; rule: string };

interface Window {
  startedAt: number;
  count: number;
}

/** Past this many live keys the oldest windows are dropped (memory stays bounded under a flood). */
const MAX_KEYS = 100_000;

/**
 * Fixed-window counters in memory. An attempt is counted on arrival (so parallel requests cannot
 * slip past a check that has not seen the others yet) against every key at once, or against none
 * when one key is spent; `release()` gives it back (a successful sign-in is not an attack).
 * Per process: with several API replicas each counts its own share (docs/security.md).
 */
export class AttemptCounter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number) {}

  attempt(keys: Array<{ rule: AttemptRule; key: string }>): AttemptResult {
    const now = this.now();
    let refusal: { retryAfterSeconds: number; rule: string } | null = null;
    const live = keys.map(({ rule, key }) => {
      const id = `${rule.name}|${key}`;
      let window = this.windows.get(id);
      // A window from the future (a test's clock moved back) starts over.
      if (!window || now - window.startedAt >= rule.windowMs || now < window.startedAt) {
        window = { startedAt: now, count: 0 };
        this.windows.delete(id);
        this.windows.set(id, window);
      }
      if (window.count >= rule.limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + rule.windowMs - now) / 1000));
        if (!refusal || retryAfterSeconds > refusal.retryAfterSeconds) {
          refusal = { retryAfterSeconds, rule: rule.name };
        }
      }
      return window;
    });
    if (refusal) return { allowed: false, ...(refusal as { retryAfterSeconds: number; rule: string }) };
    for (const window of live) window.count += 1;
    this.evict();
    let released = false;
    return {
      allowed: true,
      release: () => {
        if (released) return;
        released = true;
        for (const window of live) window.count = Math.max(0, window.count - 1);
      },
    };
  }

  private evict(): void {
    if (this.windows.size <= MAX_KEYS) return;
    for (const id of this.windows.keys()) {
      this.windows.delete(id);
      if (this.windows.size <= MAX_KEYS * 0.9) break;
    }
  }
}
