import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { databaseUrlFor } from '@passerelle/persistence';
import { AppProcess, FAULT_ADMIN, sleep, until } from './support/app-process';
import { FaultSmtp } from './support/fault-smtp';

/**
 * The fault suite: the built application as real processes (SIGKILL, SIGTERM, two at once), a
 * real SMTP server counting what reaches it by Message-ID, a real PostgreSQL, the processes'
 * clock moved by the test (an outage of 30 minutes or a jump of 40 days takes seconds).
 *
 * The data: 50 conventions (3 years from 1 January 2024, tacit renewal, 3 months' notice) of one
 * organization with 5 officers, created on 1 March 2026 when nothing is due. On 31 August 2026
 * at 08:30 Paris the renewal notice's J-30 and the expiry's J-180 (a catch-up) are due: 500
 * reminders, each owed exactly once.
 */
jest.setTimeout(180_000);

const SERVER = process.env.PASSERELLE_TEST_SERVER_URL as string;
const TEMPLATE = process.env.PASSERELLE_TEST_TEMPLATE as string;
const CREATED_AT = Date.parse('2026-03-01T09:00:00Z');
const DUE_AT = Date.parse('2026-08-31T06:30:00Z');
const DAY = 86_400_000;
const CONVENTIONS = 50;
const OFFICERS = 5;
const offsetFor = (instant: number) => instant - Date.now();

interface Result {
  case: string;
  owed: number;
  missing: number;
  duplicates: number;
  failed: number;
  note: string;
}
const results: Result[] = [];

let base: string;
let sequence = 0;

async function query<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function api(app: AppProcess, token: string | null, method: string, route: string, body?: unknown) {
  const response = await fetch(`${app.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function login(app: AppProcess, email: string, password: string): Promise<string> {
  return (await api(app, null, 'POST', '/api/auth/login', { email, password })).accessToken;
}

function conventionDocument(index: number, organizationId: string, start = '2024-01-01') {
  return {
    reference: `FAULT-${index}-${Math.random().toString(36).slice(2, 7)}`,
    title: `Convention de coopération ${index}`,
    instrument: 'convention_cadre',
    language: 'fr',
    object: 'Coopération décentralisée',
    effectiveOn: start,
    parties: [
      { name: `Ville ${index}`, country: 'FR', level: 'commune', organizationId },
      { name: `Province ${index}`, country: 'MA', level: 'province' },
    ],
    clauses: {
      term: { start: 'effective_date', durationMonths: 36 },
      renewal: { mode: 'tacit', periodMonths: 36, noticeMonths: 3 },
    },
  };
}

/** A database cloned from the suite's base (the 50 conventions, nothing sent yet). */
async function cloneBase(): Promise<string> {
  const name = `${base}_case${++sequence}`;
  await query(SERVER, `CREATE DATABASE "${name}" TEMPLATE "${base}"`);
  return databaseUrlFor(SERVER, name);
}

/** What the database owes against what the SMTP server received. */
async function tally(url: string, smtp: FaultSmtp) {
  const rows = await query<{ status: string; message_id: string | null; id: string }>(
    url,
    'SELECT id, status, message_id FROM reminders',
  );
  // A mail holding several rows (issue 19: one per person and sending moment) carries their
  // group's Message-ID, recorded on each row; a single row's is its own.
  const ids = rows.map((row) => row.message_id ?? `<reminder.${row.id}@passerelle.faults.test>`);
  return {
    owed: rows.length,
    missing: ids.filter((id) => !smtp.received.has(id)).length,
    duplicates: smtp.duplicates(),
    failed: rows.filter((row) => row.status === 'failed').length,
    sent: rows.filter((row) => row.status === 'sent').length,
    unknown: [...smtp.received.keys()].filter((id) => !ids.includes(id)).length,
  };
}

async function allSent(url: string): Promise<boolean> {
  const [row] = await query<{ pending: number; total: number }>(
    url,
    `SELECT count(*) FILTER (WHERE status <> 'sent')::int AS pending, count(*)::int AS total FROM reminders`,
  );
  return row.total > 0 && row.pending === 0;
}

describe('fault suite: reminders under crashes, outages and clock jumps (real processes, SMTP, PostgreSQL)', () => {
  const smtp = new FaultSmtp();
  let smtpUrl: string;
  const running: AppProcess[] = [];
  const start = async (url: string, offsetMs: number, env: Record<string, string> = {}) => {
    const app = await AppProcess.start({ databaseUrl: url, smtpUrl, clockOffsetMs: offsetMs, env });
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    smtpUrl = await smtp.start();
    base = `${TEMPLATE}_faults`;
    await query(SERVER, `CREATE DATABASE "${base}" TEMPLATE "${TEMPLATE}"`);
    const url = databaseUrlFor(SERVER, base);
    const app = await AppProcess.start({
      databaseUrl: url,
      smtpUrl,
      clockOffsetMs: offsetFor(CREATED_AT),
      scheduler: false,
    });
    try {
      const admin = await login(app, FAULT_ADMIN.email, FAULT_ADMIN.password);
      const organization = await api(app, admin, 'POST', '/api/admin/organizations', {
        name: 'Ville des fautes',
        country: 'FR',
        timezone: 'Europe/Paris',
      });
      const officers: string[] = [];
      for (let index = 0; index < OFFICERS; index += 1) {
        const email = `officer${index}@faults.test`;
        await api(app, admin, 'POST', '/api/admin/users', {
          email,
          name: `Agent ${index}`,
          password: 'fault suite officer password',
          organizationId: organization.id,
          role: 'officer',
          language: 'fr',
        });
        officers.push(email);
      }
      const officer = await login(app, officers[0], 'fault suite officer password');
      for (let index = 0; index < CONVENTIONS; index += 1) {
        await api(app, officer, 'POST', '/api/conventions', conventionDocument(index, organization.id));
      }
      (globalThis as Record<string, unknown>).faultOrganization = organization.id;
    } finally {
      await app.kill('SIGTERM');
    }
    // Nothing was due on 1 March: the conventions' creation scheduled nothing.
    expect(await query(url, 'SELECT count(*)::int AS n FROM reminders')).toEqual([{ n: 0 }]);
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
    const table = [
      '| case | reminders owed | missing | duplicates | failed | note |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...results.map(
        (r) => `| ${r.case} | ${r.owed} | ${r.missing} | ${r.duplicates} | ${r.failed} | ${r.note} |`,
      ),
    ].join('\n');
    const out = path.join(__dirname, '..', '..', 'artifacts');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'faults-results.md'), `${table}\n`);
    process.stdout.write(`\nfault suite results\n${table}\n`);
    const databases = await query<{ datname: string }>(
      SERVER,
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${base}%`],
    );
    for (const { datname } of databases)
      await query(SERVER, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });

  const record = (name: string, t: Awaited<ReturnType<typeof tally>>, note: string) => {
    results.push({
      case: name,
      owed: t.owed,
      missing: t.missing,
      duplicates: t.duplicates,
      failed: t.failed,
      note,
    });
  };

  it('two schedulers on one database send 500 reminders once', async () => {
    const url = await cloneBase();
    await Promise.all([start(url, offsetFor(DUE_AT)), start(url, offsetFor(DUE_AT))]);
    await until(() => allSent(url), 120_000, 'every reminder sent');
    await sleep(2000);
    const t = await tally(url, smtp);
    record('two schedulers, one database', t, `${t.sent} sent`);
    expect(t.owed).toBeGreaterThanOrEqual(500);
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0, unknown: 0 });
  });

  it('SIGKILL mid-dispatch repeats at most the mails in flight, each with its first Message-ID', async () => {
    const url = await cloneBase();
    smtp.delayMs = 15;
    const first = await start(url, offsetFor(DUE_AT));
    await until(() => smtp.total >= 150, 120_000, '150 mails received');
    await first.kill('SIGKILL');
    const atKill = smtp.total;
    await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), 120_000, 'every reminder sent');
    await sleep(1500);
    const t = await tally(url, smtp);
    record(
      'SIGKILL mid-dispatch',
      t,
      `killed after ${atKill} mails; ≤ 4 in flight (REMINDER_SEND_CONCURRENCY)`,
    );
    expect(t).toMatchObject({ missing: 0, failed: 0, unknown: 0 });
    expect(t.duplicates).toBeLessThanOrEqual(4);
  });

  it('SIGKILL mid-sweep loses nothing', async () => {
    const url = await cloneBase();
    smtp.delayMs = 5;
    const first = await start(url, offsetFor(DUE_AT));
    // The sweep runs at start, then every second: kill while it writes its 500 rows, if we can.
    await until(
      async () =>
        (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM reminders'))[0].n > 0 ||
        smtp.total > 0,
      60_000,
      'the first sweep',
    );
    await first.kill('SIGKILL');
    const [{ n: rowsAtKill }] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM reminders');
    await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), 120_000, 'every reminder sent');
    await sleep(1500);
    const t = await tally(url, smtp);
    record('SIGKILL mid-sweep', t, `${rowsAtKill} rows committed at the kill, ${smtp.total} mails`);
    expect(t).toMatchObject({ missing: 0, failed: 0, unknown: 0 });
    expect(t.duplicates).toBeLessThanOrEqual(4);
  });

  it('SIGTERM rolling restart of two instances repeats nothing', async () => {
    const url = await cloneBase();
    smtp.delayMs = 15;
    const a = await start(url, offsetFor(DUE_AT));
    const b = await start(url, offsetFor(DUE_AT));
    await until(() => smtp.total >= 100, 120_000, '100 mails');
    expect(await a.kill('SIGTERM')).not.toBe(1);
    await start(url, offsetFor(DUE_AT));
    await until(() => smtp.total >= 250, 120_000, '250 mails');
    expect(await b.kill('SIGTERM')).not.toBe(1);
    await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), 120_000, 'every reminder sent');
    await sleep(1500);
    const t = await tally(url, smtp);
    record(
      'SIGTERM rolling restart (2 instances)',
      t,
      'each instance stopped mid-dispatch, then started again',
    );
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0, unknown: 0 });
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
      120_000,
      'every reminder sent after the outage',
    );
    await sleep(1500);
    const t = await tally(url, smtp);
    record(
      'SMTP down 30 min (clock ×150)',
      t,
      `${duringOutage[0].n} reminders tried during the outage; all sent ${Math.round((clock - DUE_AT - 30 * 60_000) / 60_000)} min after SMTP returned`,
    );
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0, unknown: 0 });
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
      120_000,
      'every reminder sent',
    );
    const t = await tally(url, smtp);
    record(
      'silent SMTP server',
      t,
      `first timeout recorded ${firstError.toFixed(1)} s after /health answered ("${error.slice(0, 40)}")`,
    );
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0 });
    // The sweep, then the first attempts, each given up after the 5-second greeting timeout.
    expect(firstError).toBeLessThan(15);
  });

  it('a 40-day clock jump forward and a 1-day jump back: the catch-ups once, nothing repeated', async () => {
    const url = await cloneBase();
    const app = await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), 120_000, 'the day’s reminders sent');
    const before = smtp.total;
    app.setClock(offsetFor(DUE_AT + 40 * DAY));
    await until(
      async () => (await allSent(url)) && smtp.total > before,
      60_000,
      'the catch-ups after 40 days',
    );
    await sleep(3000);
    const afterJump = smtp.total;
    app.setClock(offsetFor(DUE_AT + 39 * DAY));
    await sleep(4000);
    const t = await tally(url, smtp);
    record(
      'clock +40 days, then −1 day',
      t,
      `${afterJump - before} catch-ups after the jump; ${smtp.total - afterJump} mails after the day back`,
    );
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0 });
    expect(smtp.total).toBe(afterJump);
  });

  it('a convention created after the day’s sweep gets its due step the same day', async () => {
    const url = await cloneBase();
    const app = await start(url, offsetFor(DUE_AT));
    await until(() => allSent(url), 120_000, 'the day’s reminders sent');
    const before = smtp.total;
    const officer = await login(app, 'officer1@faults.test', 'fault suite officer password');
    const organizationId = (globalThis as Record<string, unknown>).faultOrganization as string;
    // Its renewal notice (30 September) has its J-30 today, after today's sweeps have run.
    await api(app, officer, 'POST', '/api/conventions', conventionDocument(99, organizationId));
    await until(async () => smtp.total >= before + OFFICERS * 2, 30_000, 'the new convention’s reminders');
    await sleep(2000);
    const t = await tally(url, smtp);
    record(
      'convention created after the day’s sweep',
      t,
      `${smtp.total - before} mails for it, the same day`,
    );
    expect(t).toMatchObject({ missing: 0, duplicates: 0, failed: 0 });
  });
});
