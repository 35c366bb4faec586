import { Client } from 'pg';
import { AppProcess, sleep, until } from './app-process';
import { FaultSmtp } from './fault-smtp';
import {
  allSent,
  api,
  CaseResult,
  conventionDocument,
  DAY,
  DUE_AT,
  login,
  mailsAfterSweep,
  OFFICER_PASSWORD,
  officerEmail,
  OFFICERS,
  offsetFor,
  parisDay,
  query,
  resultRow,
  tally,
} from './fault-world';

/** What a case needs from its suite: a fresh copy of the world, the SMTP server, app processes. */
export interface FaultContext {
  smtp: FaultSmtp;
  /** A fresh database with the world in it, trimmed to `keep` conventions when given. */
  clone(keep?: number): Promise<string>;
  start(url: string, offsetMs: number, env?: Record<string, string>): Promise<AppProcess>;
  /** The first organization of the world (officers `officerEmail(0, n)`). */
  organizationId(): string;
  /** Mails in flight at once in the application (REMINDER_SEND_CONCURRENCY). */
  concurrency: number;
  /** How long to wait for a whole batch to go out (longer under load). */
  waitMs: number;
}

const onDueDay = [parisDay(DUE_AT)];

/** A SIGKILL while mails are in flight: at most those repeated, each with its first Message-ID. */
export async function sigkillMidDispatch(ctx: FaultContext, keep?: number): Promise<CaseResult> {
  const { smtp } = ctx;
  const url = await ctx.clone(keep);
  smtp.delayMs = 15;
  const first = await ctx.start(url, offsetFor(DUE_AT));
  // Killed a third of the way through the mails (one per person and moment), not the rows.
  const mails = await mailsAfterSweep(url, ctx.waitMs);
  const killAt = Math.floor(mails * 0.3);
  await until(() => smtp.total >= killAt, ctx.waitMs, `${killAt} mails received`);
  const inFlight = smtp.inFlight;
  await first.kill('SIGKILL');
  const atKill = smtp.total;
  await ctx.start(url, offsetFor(DUE_AT));
  await until(() => allSent(url), ctx.waitMs, 'every reminder sent');
  await sleep(1500);
  const t = await tally(url, smtp, onDueDay);
  expect(t).toMatchObject({ missing: 0, unowed: 0, failed: 0, unknown: 0, idMismatch: 0 });
  expect(t.owed).toBe(t.rows);
  expect(t.duplicates).toBeLessThanOrEqual(ctx.concurrency);
  expect(t.mails).toBe(mails);
  return resultRow(
    'SIGKILL mid-dispatch',
    t,
    `${t.rows} reminders in ${t.mails} mails; killed after ${atKill} mails with ${inFlight} held at the SMTP server; ${t.duplicates} repeated ` +
      `(limit ${ctx.concurrency} in flight), each with its first Message-ID (0 unknown IDs)`,
  );
}

/**
 * SIGKILL while the sweep's transaction is open: its rows are written but not committed (the test
 * holds a SHARE lock on scheduler_state, so the sweep's last statement waits), then the kill.
 */
export async function sigkillMidSweep(ctx: FaultContext): Promise<CaseResult> {
  const { smtp } = ctx;
  const url = await ctx.clone();
  const blocker = new Client({ connectionString: url });
  await blocker.connect();
  let rowsAtKill: number;
  let mailsAtKill: number;
  // The seeding day's rows (the overdue APD declaration) are there before the sweep, and may be
  // sent while it waits: the sweep's own rows are the ones counted at the kill.
  const [{ n: seeded }] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM reminders');
  try {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE scheduler_state IN SHARE MODE');
    const first = await ctx.start(url, offsetFor(DUE_AT));
    await until(
      async () =>
        (
          await query<{ n: number }>(
            url,
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%scheduler_state%'`,
          )
        )[0].n > 0,
      ctx.waitMs,
      'the sweep waiting on its last statement',
    );
    await first.kill('SIGKILL');
    mailsAtKill = smtp.total;
    [{ n: rowsAtKill }] = await query<{ n: number }>(url, 'SELECT count(*)::int - $1 AS n FROM reminders', [
      seeded,
    ]);
    await blocker.query('COMMIT');
  } finally {
    await blocker.end();
  }
  await ctx.start(url, offsetFor(DUE_AT));
  await until(() => allSent(url), ctx.waitMs, 'every reminder sent');
  await sleep(1500);
  const t = await tally(url, smtp, onDueDay);
  expect(rowsAtKill).toBe(0);
  expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  return resultRow(
    'SIGKILL mid-sweep',
    t,
    `killed with the sweep's ${t.rows - seeded} rows written, not committed (${rowsAtKill} committed at the kill; ` +
      `${mailsAtKill} mails of the ${seeded} seeding-day rows sent meanwhile)`,
  );
}

/**
 * The clock jumps as a real one does after a suspended VM or an NTP correction: in one step, 40
 * days forward, then one day back, then on past the day it had reached. The steps skipped by the
 * jump are owed as one catch-up each; nothing is sent twice.
 */
export async function clockJumps(ctx: FaultContext, keep: number): Promise<CaseResult> {
  const { smtp } = ctx;
  const url = await ctx.clone(keep);
  const app = await ctx.start(url, offsetFor(DUE_AT));
  await until(() => allSent(url), ctx.waitMs, 'the day’s reminders sent');
  const onTheDay = smtp.total;
  const forward = DUE_AT + 40 * DAY;
  app.setClock(offsetFor(forward));
  await until(
    async () => (await allSent(url)) && smtp.total > onTheDay,
    ctx.waitMs,
    'the catch-ups after 40 days',
  );
  await sleep(3000);
  const afterJump = smtp.total;
  // A day back, and then forward again across the day the clock had reached (sweeps every second).
  app.setClock(offsetFor(forward - DAY));
  await sleep(3000);
  const afterBack = smtp.total;
  app.setClock(offsetFor(forward + DAY));
  await sleep(3000);
  await until(() => allSent(url), ctx.waitMs, 'the day after');
  const t = await tally(url, smtp, [
    ...onDueDay,
    parisDay(forward),
    parisDay(forward - DAY),
    parisDay(forward + DAY),
  ]);
  expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  expect(afterBack).toBe(afterJump);
  return resultRow(
    'clock +40 days, −1 day, then +2 days',
    t,
    `${keep} conventions: ${onTheDay} on the day, ${afterJump - onTheDay} catch-ups after the jump, ` +
      `${afterBack - afterJump} after the day back, ${smtp.total - afterBack} on the day after`,
  );
}

/** A convention created after the day's sweeps has its J-30 the same day, from its own write. */
export async function createdAfterSweep(ctx: FaultContext, keep?: number): Promise<CaseResult> {
  const { smtp } = ctx;
  const url = await ctx.clone(keep);
  const app = await ctx.start(url, offsetFor(DUE_AT));
  await until(() => allSent(url), ctx.waitMs, 'the day’s reminders sent');
  const before = smtp.total;
  const officer = await login(app, officerEmail(0, 1), OFFICER_PASSWORD);
  // Its renewal notice (30 September) has its J-30 today, after today's sweeps have run: with its
  // expiry's J-180 catch-up, one mail per officer of its organization (the declaration is
  // already carried by the organization's first convention).
  const created = await api(
    app,
    officer,
    'POST',
    '/api/conventions',
    conventionDocument(99, ctx.organizationId()),
  );
  const newRows = async () =>
    query<{ status: string }>(url, 'SELECT status FROM reminders WHERE convention_id = $1', [created.id]);
  await until(
    async () => {
      const rows = await newRows();
      return rows.length >= OFFICERS * 2 && rows.every((row) => row.status === 'sent');
    },
    30_000,
    'the new convention’s reminders',
  );
  await sleep(2000);
  const t = await tally(url, smtp, onDueDay);
  expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  return resultRow(
    'convention created after the day’s sweep',
    t,
    `${(await newRows()).length} reminders for it in ${smtp.total - before} mails, the same day`,
  );
}
