import * as fs from 'node:fs';
import * as path from 'node:path';
import { createDatabaseIfMissing, databaseUrlFor, runMigrations } from '@passerelle/persistence';
import { AppProcess, sleep, until } from './support/app-process';
import { FaultSmtp } from './support/fault-smtp';
import {
  allSent,
  CaseResult,
  conventionDocument,
  DUE_AT,
  login,
  OFFICER_PASSWORD,
  officerEmail,
  offsetFor,
  parisDay,
  query,
  resultRow,
  seedWorld,
  tally,
  writeResults,
} from './support/fault-world';
import { OwnedPostgres } from './support/owned-postgres';

/**
 * PostgreSQL restarted under API load, the scheduler dispatching: a cluster of the test's own
 * (support/owned-postgres.ts), stopped (fast shutdown), down 3 s, started again on its port.
 * Requests meanwhile are answered 503 with Retry-After, never 500; a write answered 503 left
 * nothing; no reminder is lost; none is repeated (a mail sent while its commit was cut is recorded
 * by the process that sent it before it claims again).
 */
jest.setTimeout(300_000);

const CONVENTIONS = 20;

interface Answer {
  route: string;
  status: number | 'no answer';
  retryAfter: string | null;
  reference?: string;
}

describe('fault suite: PostgreSQL restarted under API load', () => {
  const smtp = new FaultSmtp();
  let pg: OwnedPostgres;
  let app: AppProcess | null = null;
  const results: CaseResult[] = [];

  afterAll(async () => {
    await app?.kill('SIGKILL');
    await smtp.stop();
    await pg?.destroy();
    writeResults('faults-postgres-restart.md', results);
  });

  it('answers 503 with Retry-After (never 500) while it is down, then recovers; no reminder lost', async () => {
    const smtpUrl = await smtp.start();
    pg = await OwnedPostgres.start();
    await createDatabaseIfMissing(pg.serverUrl, 'passerelle_faults');
    const url = databaseUrlFor(pg.serverUrl, 'passerelle_faults');
    await runMigrations(url);
    const organizationId = (await seedWorld(url, smtpUrl, CONVENTIONS)).organizationIds[0];

    smtp.delayMs = 40;
    app = await AppProcess.start({ databaseUrl: url, smtpUrl, clockOffsetMs: offsetFor(DUE_AT) });
    const token = await login(app, officerEmail(0, 2), OFFICER_PASSWORD);
    const answers: Answer[] = [];
    let loading = true;
    let writes = 0;
    const call = async (method: string, route: string, body?: unknown): Promise<Answer> => {
      try {
        const response = await fetch(`${app!.url}${route}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        await response.arrayBuffer();
        return {
          route: `${method} ${route}`,
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
        };
      } catch {
        return { route: `${method} ${route}`, status: 'no answer', retryAfter: null };
      }
    };
    const reader = async () => {
      while (loading) {
        for (const route of ['/api/conventions', '/api/dashboard', '/health'])
          answers.push(await call('GET', route));
      }
    };
    const writer = async () => {
      while (loading) {
        const document = conventionDocument(1000 + writes++, organizationId);
        answers.push({
          ...(await call('POST', '/api/conventions', document)),
          reference: document.reference,
        });
        await sleep(200);
      }
    };
    const load = Promise.all([reader(), reader(), reader(), writer()]);

    await until(() => smtp.total >= 40, 120_000, '40 mails before the restart');
    const before = answers.length;
    const inFlight = smtp.inFlight;
    const stoppedAt = Date.now();
    await pg.stop();
    await sleep(3000);
    await pg.start();
    const upAt = Date.now();
    // Until the API answers again from the database, then 3 s more of load.
    await until(
      async () => (await call('GET', '/api/conventions')).status === 200,
      60_000,
      'the API answering from the database again',
    );
    const recoveredMs = Date.now() - upAt;
    await sleep(3000);
    loading = false;
    await load;

    // What the application logged (a 500's stack among it), kept beside the table.
    fs.mkdirSync(path.join(__dirname, '..', '..', 'artifacts'), { recursive: true });
    fs.writeFileSync(
      path.join(__dirname, '..', '..', 'artifacts', 'faults-postgres-restart.log'),
      app.logs.join(''),
    );
    await until(() => allSent(url), 180_000, 'every reminder sent after the restart');
    await sleep(1500);
    const t = await tally(url, smtp, [parisDay(DUE_AT)]);
    // Mails the SMTP server took while their commit was cut: recorded by the sender, not sent again.
    const recordedLate = [
      ...app.logs.join('').matchAll(/(\d+) mails \(\d+ reminders\) sent while the database was lost/g),
    ].reduce((sum, match) => sum + Number(match[1]), 0);
    const during = answers.slice(before);
    const byStatus = new Map<string, number>();
    for (const answer of during)
      byStatus.set(String(answer.status), (byStatus.get(String(answer.status)) ?? 0) + 1);
    const unavailable = during.filter((answer) => answer.status === 503);
    const created = answers
      .filter((answer) => answer.reference && answer.status === 201)
      .map((a) => a.reference!);
    const refused = answers
      .filter((answer) => answer.reference && answer.status === 503)
      .map((a) => a.reference!);
    const references = new Set(
      (await query<{ reference: string }>(url, 'SELECT reference FROM conventions')).map(
        (row) => row.reference,
      ),
    );
    results.push(
      resultRow(
        'PostgreSQL restarted under API load',
        t,
        `down ${((upAt - stoppedAt) / 1000).toFixed(1)} s, API answering again ${(recoveredMs / 1000).toFixed(1)} s after; ` +
          `from the stop: ${[...byStatus].map(([status, n]) => `${n}× ${status}`).join(', ')}; ` +
          `${created.length} conventions written under load (their reminders owed too), ${refused.length} writes answered 503; ` +
          `${inFlight} mails held at the SMTP server at the stop; ${recordedLate} sent while their commit was cut, ` +
          `recorded after the restart by the process that sent them; ${t.duplicates} repeated`,
      ),
    );

    expect(answers.filter((answer) => answer.status === 500)).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.filter((answer) => answer.retryAfter !== '5')).toEqual([]);
    expect(during.filter((answer) => ![200, 201, 503].includes(answer.status as number))).toEqual([]);
    // A write answered 201 is there; one answered 503 left nothing behind.
    expect(created.filter((reference) => !references.has(reference))).toEqual([]);
    expect(refused.filter((reference) => references.has(reference))).toEqual([]);
    expect(app.child.exitCode).toBeNull();
    expect(t).toMatchObject({ missing: 0, unowed: 0, failed: 0, unknown: 0, idMismatch: 0 });
    // One scheduler that stays alive: what it sent while the database was away, it records first.
    // (A second scheduler could claim those rows first: at most its mails in flight.)
    expect(t.duplicates).toBe(0);
  });
});
