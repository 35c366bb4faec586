import { DispatchRemindersUseCase } from '@passerelle/application';
import { SmtpSink } from '@passerelle/testing';
import { vlgWithOfficer } from './vlg-with-officer';
import { startTestApp, TestApp } from '../support/test-app';

// Sign-ins (argon2) and per-mail transactions on a shared 2-core machine: seconds, not milliseconds.
jest.setTimeout(60_000);

/**
 * A mail the SMTP server accepted while the database connection of its transaction was cut (a
 * PostgreSQL restart, a failover, a killed backend): the commit that records it fails. The
 * process that sent it still knows, and records it before it claims anything again, so it is not
 * sent twice. Found by the fault suite's "PostgreSQL restarted under API load" (3 repeated).
 */
describe('a mail sent while its transaction lost the database is recorded, not sent again (real PostgreSQL, real SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await startTestApp({
      now: '2025-09-02T06:00:00Z',
      env: { SMTP_URL: await sink.start(), PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    sink.beforeAccept = null;
    await t.close();
    await sink.stop();
  });

  const dispatch = () => t.app.get(DispatchRemindersUseCase).execute();

  it('records the sent mail once the database answers again, and sends it once', async () => {
    const { convention } = await vlgWithOfficer(t, { onlyNotice: true });
    const due = await t.sql(`SELECT id FROM reminders WHERE convention_id = $1 AND status = 'pending'`, [
      convention.id,
    ]);
    expect(due.length).toBeGreaterThan(0);
    // While the mail is at the SMTP server, the dispatcher's transaction (idle, waiting for the
    // server's answer) loses its connection; then the server accepts the mail.
    let cut = 0;
    sink.beforeAccept = async () => {
      if (cut > 0) return;
      const killed = await t.sql(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'`,
      );
      cut = killed.length;
    };
    await expect(dispatch()).rejects.toThrow();
    expect(cut).toBe(1);
    expect(sink.messages).toHaveLength(1);
    const first = sink.messages[0].messageId;
    // The database answers again: the next runs record the mail and send nothing twice.
    await dispatch();
    await dispatch();
    expect(sink.messages.map((mail) => mail.messageId)).toEqual([first]);
    const rows = await t.sql(`SELECT status, message_id FROM reminders WHERE id = ANY($1::uuid[])`, [
      due.map((row) => row.id),
    ]);
    expect(rows.map((row) => row.status)).toEqual(due.map(() => 'sent'));
    expect(new Set(rows.map((row) => row.message_id))).toEqual(new Set([first]));
  });
});
