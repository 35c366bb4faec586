/**
 * How a reminder that could not be sent is retried. An outage (connection refused, timeout, 4xx,
 * any server-wide 5xx) is retried with exponential backoff and jitter for at least
 * RETRY_WINDOW_HOURS before the reminder is `failed`; an address the server refuses (5xx to
 * RCPT TO) is not going to work later and fails at once.
 */
export const RETRY_WINDOW_HOURS = 48;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 2 * 3600_000;

export type DeliveryFailure = 'outage' | 'refused';

/**
 * Delay after the n-th failure (n ≥ 1): 1, 2, 4 … minutes, at most 2 hours, with "equal jitter"
 * (half fixed, half random) so that many reminders failing together do not retry together.
 * `random` is in [0, 1).
 */
export function retryDelayMs(failures: number, random: number): number {
  const exponential = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(exponential / 2 + (exponential / 2) * Math.min(Math.max(random, 0), 1));
}

/** `failed` now, or the next attempt: never later than the end of the window, never `failed` before it. */
export function retryAfterFailure(input: {
  failure: DeliveryFailure;
  failures: number;
  /** Start of the retry window: the reminder's send time, or a retry asked from the web app. */
  windowStart: Date;
  now: Date;
  random: number;
}): { failed: true } | { failed: false; nextAttemptAt: Date } {
  if (input.failure === 'refused') return { failed: true };
  const windowEnd = input.windowStart.getTime() + RETRY_WINDOW_HOURS * 3600_000;
  if (input.now.getTime() >= windowEnd) return { failed: true };
  const next = input.now.getTime() + retryDelayMs(input.failures, input.random);
  return { failed: false, nextAttemptAt: new Date(Math.min(next, windowEnd)) };
}

/** What an SMTP error means for one reminder, from nodemailer's `responseCode` and `command`. */
export function classifyDeliveryError(error: { responseCode?: number; command?: string }): DeliveryFailure {
  const code = error.responseCode ?? 0;
  // Only a 5xx answer to this recipient's RCPT TO is about the address; any other 5xx (AUTH,
  // MAIL FROM, DATA) is the server's or our configuration's, and mail to everyone is failing.
  return code >= 500 && code < 600 && /^RCPT/i.test(error.command ?? '') ? 'refused' : 'outage';
}
