import { databaseUrlFor } from '@passerelle/persistence';
import { AppProcess, sleep, until } from './support/app-process';
import {
  clockJumps,
  createdAfterSweep,
  FaultContext,
  sigkillMidDispatch,
  sigkillMidSweep,
} from './support/fault-cases';
import { FaultSmtp } from './support/fault-smtp';
import {
  allSent,
  CaseResult,
  cloneDatabase,
  DUE_AT,
  mailsAfterSweep,
  offsetFor,
  parisDay,
  query,
  resultRow,
  seedWorld,
  tally,
  writeResults,
} from './support/fault-world';

/**
 * The fault suite: the built application as real processes (SIGKILL, SIGTERM, two at once), a
 * real SMTP server counting what reaches it by Message-ID, a real PostgreSQL, the processes'
 * clock moved by the test (an outage of 30 minutes or a jump of 40 days takes seconds). The world
 * (support/fault-world.ts): 50 conventions, each of an organization with 3 officers: 600 reminders
 * (150 owed on 1 March 2026, 450 on 31 August) in 300 mails, one per person and sending moment.
 * What is owed is worked out from the domain's policy, apart from the pipeline (`tally`).
 */
jest.setTimeout(420_000);

const SERVER = process.env.PASSERELLE_TEST_SERVER_URL as string;
const TEMPLATE = process.env.PASSERELLE_TEST_TEMPLATE as string;
const CONVENTIONS = 50;
const dueDay = [parisDay(DUE_AT)];
const results: CaseResult[] = [];

describe('fault suite: reminders under crashes, outages and clock jumps (real processes, SMTP, PostgreSQL)', () => {
  const smtp = new FaultSmtp();
  let smtpUrl: string;
  let base: string;
  let organizationId: string;
  let sequence = 0;
  const running: AppProcess[] = [];
  const start = async (url: string, offsetMs: number, env: Record<string, string> = {}) => {
    const app = await AppProcess.start({ databaseUrl: url, smtpUrl, clockOffsetMs: offsetMs, env });
    running.push(app);
    return app;
  };
  const cloneBase = (keep?: number) => cloneDatabase(SERVER, base, `${base}_case${++sequence}`, keep);
  const ctx: FaultContext = {
    smtp,
    clone: cloneBase,
    start,
    organizationId: () => organizationId,
    concurrency: 4,
    waitMs: 180_000,
  };
  const record = (result: CaseResult) => results.push(result);

  beforeAll(async () => {
    smtpUrl = await smtp.start();
    base = `${TEMPLATE}_faults`;
    await query(SERVER, `CREATE DATABASE "${base}" TEMPLATE "${TEMPLATE}"`);
    organizationId = (await seedWorld(databaseUrlFor(SERVER, base), smtpUrl, CONVENTIONS)).organizationIds[0];
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.kill('SIGKILL')));
    await smtp.up();
    smtp.reset();
    smtp.delayMs = 0;
    smtp.mode = 'accept';
  });

  afterAll(async () => {
    await smtp.stop();
    writeResults('faults-results.md', results);
    const databases = await query<{ datname: string }>(
      SERVER,
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${base}%`],
    );
    for (const { datname } of databases)
      await query(SERVER, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });

  it('two schedulers on one database send 600 reminders once', async () => {
    const url = await cloneBase();
    await Promise.all([start(url, offsetFor(DUE_AT)), start(url, offsetFor(DUE_AT))]);
    await until(() => allSent(url), ctx.waitMs, 'every reminder sent');
    await sleep(2000);
    const t = await tally(url, smtp, dueDay);
    record(resultRow('two schedulers, one database', t, `${t.sent} sent in ${t.mails} mails`));
    expect(t.owed).toBeGreaterThanOrEqual(500);
    expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  });

  it('SIGKILL mid-dispatch repeats at most the mails in flight, each with its first Message-ID', async () => {
    record(await sigkillMidDispatch(ctx));
  });

  it('SIGKILL mid-sweep (rows written, not committed) loses nothing', async () => {
    record(await sigkillMidSweep(ctx));
  });

  it('SIGTERM rolling restart of two instances repeats nothing', async () => {
    const url = await cloneBase();
    smtp.delayMs = 15;
    const a = await start(url, offsetFor(DUE_AT));
    const b = await start(url, offsetFor(DUE_AT));
    // Each stopped while mails are still going out: at a third, then two thirds of them.
    const mails = await mailsAfterSweep(url, ctx.waitMs);
    await until(() => smtp.total >= mails / 3, ctx.waitMs, `${Math.ceil(mails / 3)} mails`);
    expect(await a.kill('SIGTERM')).not.toBe(1);
    await start(url, offsetFor(DUE_AT));
    await until(() => smtp.total >= (2 * mails) / 3, ctx.waitMs, `${Math.ceil((2 * mails) / 3)} mails`);
    expect(await b.kill('SIGTERM')).not.toBe(1);
    await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), ctx.waitMs, 'every reminder sent');
    await sleep(1500);
    const t = await tally(url, smtp, dueDay);
    record(
      resultRow(
        'SIGTERM rolling restart (2 instances)',
        t,
        `${t.rows} reminders in ${t.mails} mails; each instance stopped mid-dispatch, then started again`,
      ),
    );
    expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  });

  it('a 30-minute SMTP outage (accelerated clock) fails nothing and delivers everything once SMTP is back', async () => {
    const url = await cloneBase();
    await smtp.down();
    let clock = DUE_AT;
    const app = await start(url, offsetFor(clock));
    // 30 minutes of outage in about 12 s: a minute of the application's clock every 400 ms.
    while (clock < DUE_AT + 30 * 60_000) {
      await sleep(400);
      clock += 60_000;
      app.setClock(offsetFor(clock));
    }
    const duringOutage = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM reminders WHERE attempts > 0`,
    );
    await smtp.up();
    // Back: the backoff's next attempts come within the next hour of the application's clock.
    await until(
      async () => {
        clock += 60_000;
        app.setClock(offsetFor(clock));
        return allSent(url);
      },
      ctx.waitMs,
      'every reminder sent after the outage',
    );
    await sleep(1500);
    const t = await tally(url, smtp, dueDay);
    record(
      resultRow(
        'SMTP down 30 min (clock ×150)',
        t,
        `${duringOutage[0].n} reminders tried during the outage; all sent ${Math.round((clock - DUE_AT - 30 * 60_000) / 60_000)} min after SMTP returned`,
      ),
    );
    expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
  });

  it('a silent SMTP server holds the dispatcher a few seconds, not 30, and mail flows when it answers again', async () => {
    const url = await cloneBase();
    await smtp.goSilent();
    const app = await start(url, offsetFor(DUE_AT));
    // From the moment it answers /health (start-up on this shared machine takes seconds itself).
    const began = Date.now();
    await until(
      async () =>
        (
          await query<{ n: number }>(
            url,
            `SELECT count(*)::int AS n FROM reminders WHERE last_error IS NOT NULL`,
          )
        )[0].n > 0,
      60_000,
      'a timeout recorded',
    );
    const firstError = (Date.now() - began) / 1000;
    const [{ last_error: error }] = await query<{ last_error: string }>(
      url,
      `SELECT last_error FROM reminders WHERE last_error IS NOT NULL LIMIT 1`,
    );
    await smtp.up();
    let clock = DUE_AT;
    await until(
      async () => {
        clock += 60_000;
        app.setClock(offsetFor(clock));
        return allSent(url);
      },
      ctx.waitMs,
      'every reminder sent',
    );
    const t = await tally(url, smtp, dueDay);
    record(
      resultRow(
        'silent SMTP server',
        t,
        `first timeout recorded ${firstError.toFixed(1)} s after /health answered ("${error.slice(0, 40)}")`,
      ),
    );
    expect(t).toMatchObject({ missing: 0, unowed: 0, duplicates: 0, failed: 0, unknown: 0 });
    // The sweep, then the first attempts, each given up after the 5-second greeting timeout.
    expect(firstError).toBeLessThan(15);
  });

  it('a 40-day clock jump forward, a day back and on again: the catch-ups once, nothing repeated', async () => {
    // 10 conventions: what is tested is the jump, not the volume (the 500 are the kills' and the outage's).
    record(await clockJumps(ctx, 10));
  });

  it('a convention created after the day’s sweep gets its due step the same day', async () => {
    record(await createdAfterSweep(ctx));
  });
});
