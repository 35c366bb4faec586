import { execSync } from 'node:child_process';
import * as path from 'node:path';
import { databaseUrlFor } from '@passerelle/persistence';
import { AppProcess } from './support/app-process';
import { clockJumps, FaultContext, sigkillMidDispatch } from './support/fault-cases';
import { FaultSmtp } from './support/fault-smtp';
import { cloneDatabase, OFFICERS, query, seedWorld } from './support/fault-world';

/**
 * Two cases of the fault suite inside `npm test` (the integration tier), on a world of 10
 * conventions (30 officers, 120 reminders in 60 mails) so that it stays under a minute: SIGKILL mid-dispatch and the clock
 * jumps. The whole suite, 500 reminders a case, is `npm run test:faults`.
 */
jest.setTimeout(120_000);

const SERVER = process.env.PASSERELLE_TEST_SERVER_URL as string;
const TEMPLATE = process.env.PASSERELLE_TEST_TEMPLATE as string;

describe('fault suite, fast subset (real processes, SMTP, PostgreSQL)', () => {
  const smtp = new FaultSmtp();
  const running: AppProcess[] = [];
  let smtpUrl: string;
  let base: string;
  let organizationId: string;
  let sequence = 0;
  const ctx: FaultContext = {
    smtp,
    clone: (keep) => cloneDatabase(SERVER, base, `${base}_${++sequence}`, keep),
    start: async (url, offsetMs, env = {}) => {
      const app = await AppProcess.start({ databaseUrl: url, smtpUrl, clockOffsetMs: offsetMs, env });
      running.push(app);
      return app;
    },
    organizationId: () => organizationId,
    concurrency: 4,
    waitMs: 60_000,
  };

  beforeAll(async () => {
    execSync('node scripts/build-if-needed.mjs', {
      cwd: path.resolve(__dirname, '..', '..'),
      stdio: 'ignore',
    });
    smtpUrl = await smtp.start();
    base = `${TEMPLATE}_fault_subset`;
    await query(SERVER, `CREATE DATABASE "${base}" TEMPLATE "${TEMPLATE}"`);
    organizationId = (await seedWorld(databaseUrlFor(SERVER, base), smtpUrl, 10)).organizationIds[0];
  }, 300_000);

  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.kill('SIGKILL')));
    await smtp.up();
    smtp.reset();
    smtp.delayMs = 0;
  });

  afterAll(async () => {
    await smtp.stop();
    const databases = await query<{ datname: string }>(
      SERVER,
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${base}%`],
    );
    for (const { datname } of databases)
      await query(SERVER, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });

  it('SIGKILL mid-dispatch: at most the mails in flight repeated, each with its first Message-ID', async () => {
    const result = await sigkillMidDispatch(ctx);
    // Per officer: the APD declaration of 1 March, then the J-30, the J-180 and the 2026 declaration.
    expect(result.owed).toBe(10 * OFFICERS * 4);
  });

  it('a 40-day clock jump, a day back and on again: the catch-ups once, nothing repeated', async () => {
    await clockJumps(ctx, 10);
  });
});
