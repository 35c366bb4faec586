import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { SmtpSink } from '@passerelle/testing';
import { vlgWithOfficer as vlgWithOfficerOf, VlgOptions } from './vlg-with-officer';
import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

// Sign-ins (argon2) and per-mail transactions on a shared 2-core machine: seconds, not milliseconds.
jest.setTimeout(60_000);

describe('reminder delivery over hours: outages, refused addresses, dates passed (real PostgreSQL, real SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let smtpUrl: string;

  beforeAll(async () => {
    sink = new SmtpSink();
    smtpUrl = await sink.start();
    t = await startTestApp({
      now: '2025-09-02T05:00:00Z',
      env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    await sql('TRUNCATE conventions, reminders, scheduler_state, action_tokens CASCADE');
    sink.clear();
    sink.refuseNext(0);
    sink.refuseAddress(null);
  });

  const sql = (text: string, params: unknown[] = []) => t.sql(text, params);

  const sweep = () => t.app.get(SweepRemindersUseCase).execute();
  /** The admin signed in at the clock's current time (tests move it past a session's life). */
  const admin = () => t.as(TEST_ADMIN.email, TEST_ADMIN.password);
  const dispatch = () => t.app.get(DispatchRemindersUseCase).execute();
  const at = (instant: string) => t.clock.set(new Date(instant));

  const vlgWithOfficer = (options: VlgOptions = {}) => vlgWithOfficerOf(t, options);

  it('keeps retrying an outage for 48 hours with jitter, then fails it, alerts the admins in the app and sends it once mail flows', async () => {
    at('2025-09-02T06:00:00Z');
    const { convention } = await vlgWithOfficer({ onlyNotice: true });
    sink.refuseNext(Number.MAX_SAFE_INTEGER);
    const start = Date.parse('2025-09-02T06:00:00Z');
    const attempts: string[] = [];
    let hour = 0;
    for (; hour < 47; hour += 1) {
      at(new Date(start + hour * 3600_000).toISOString());
      await dispatch();
      const [row] = await sql(
        `SELECT status, next_attempt_at FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`,
        [convention.id],
      );
      expect(row.status).toBe('pending');
      attempts.push((row.next_attempt_at as Date).toISOString());
    }
    // Backoff: the delay grows from a minute to at most two hours, each attempt later than the last.
    expect(new Set(attempts).size).toBeGreaterThan(10);
    const [mid] = await (
      await admin()
    )
      .get('/api/reminders')
      .query({ conventionId: convention.id })
      .then((r) => r.body.filter((item: { kind: string }) => item.kind === 'renewal_notice'));
    expect(mid).toMatchObject({
      status: 'pending',
      lastError: expect.stringContaining('451'),
      failureKind: 'outage',
    });
    expect(Date.parse(mid.nextAttemptAt)).toBeGreaterThan(t.clock.now().getTime());
    for (; hour <= 50; hour += 1) {
      at(new Date(start + hour * 3600_000).toISOString());
      await dispatch();
    }
    const [failed] = await sql(
      `SELECT status, failure_kind, attempts FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`,
      [convention.id],
    );
    expect(failed).toMatchObject({ status: 'failed', failure_kind: 'outage' });
    expect(failed.attempts).toBeGreaterThan(15);
    // The admins' alert does not depend on mail: the app shows it.
    const delivery = await (await admin()).get('/api/admin/reminders/delivery').expect(200);
    expect(delivery.body).toMatchObject({ alert: 'failed', byStatus: { failed: 1 }, failedOutage: 1 });
    // Mail flows again: a later delivery succeeds and the failed one is queued again and sent.
    sink.refuseNext(0);
    sink.clear();
    const other = await vlgWithOfficer({ onlyNotice: true });
    await sql(`UPDATE reminders SET send_at = $2, next_attempt_at = $2 WHERE convention_id = $1`, [
      other.convention.id,
      t.clock.now(),
    ]);
    await dispatch();
    await dispatch();
    expect(sink.messages.map((mail) => mail.subject)).toEqual([
      expect.stringContaining('Préavis'),
      expect.stringContaining('Préavis'),
    ]);
    const [after] = await sql(
      `SELECT status FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`,
      [convention.id],
    );
    expect(after.status).toBe('sent');
  }, 60_000);

  it('retries a catch-up through an outage for 48 hours, though its step’s day passed long ago', async () => {
    // Found by the fault suite: the window started at the row's send time, which for a catch-up is
    // the skipped step's day (the expiry's J-180, months ago), so the first 4xx failed it at once.
    at('2025-09-02T06:00:00Z');
    const { convention } = await vlgWithOfficer();
    await sql(`UPDATE reminders SET status = 'cancelled' WHERE convention_id = $1 AND NOT catch_up`, [
      convention.id,
    ]);
    // Since issue 19 a catch-up leaves at today's 08:00, no longer at its skipped step's day; the
    // window still opens at the later of the send time and the first attempt.
    sink.refuseNext(Number.MAX_SAFE_INTEGER);
    await dispatch();
    // The catch-ups of this morning leave as one mail; one whose step passed is cancelled at send,
    // so the row followed is one the mail carried (the order of rows is not the claim's).
    const [row] = await sql(
      `SELECT id, status, failure_kind, attempts FROM reminders
        WHERE convention_id = $1 AND status <> 'cancelled' AND attempts > 0 ORDER BY id LIMIT 1`,
      [convention.id],
    );
    expect(row).toMatchObject({ status: 'pending', failure_kind: 'outage', attempts: 1 });
    // Still retried 47 hours later; failed only when the 48 hours from its first attempt are over.
    at('2025-09-04T05:00:00Z');
    await sql(`UPDATE reminders SET next_attempt_at = $2 WHERE id = $1`, [row.id, t.clock.now()]);
    await dispatch();
    expect((await sql(`SELECT status FROM reminders WHERE id = $1`, [row.id]))[0].status).toBe('pending');
    at('2025-09-04T06:30:00Z');
    await sql(`UPDATE reminders SET next_attempt_at = $2 WHERE id = $1`, [row.id, t.clock.now()]);
    await dispatch();
    expect((await sql(`SELECT status FROM reminders WHERE id = $1`, [row.id]))[0].status).toBe('failed');
  });

  it('fails at once an address the server refuses (5xx to RCPT TO), and retries it from the web app', async () => {
    at('2025-09-02T06:00:00Z');
    const { officer, convention } = await vlgWithOfficer({ onlyNotice: true });
    sink.refuseAddress(officer.email);
    expect(await dispatch()).toMatchObject({ failed: 1, retried: 0 });
    const [row] = await (
      await admin()
    )
      .get('/api/reminders')
      .query({ conventionId: convention.id })
      // The notice's row (the creation's catch-ups about other deadlines were cancelled).
      .then((r) => r.body.filter((item: { kind: string }) => item.kind === 'renewal_notice'));
    expect(row).toMatchObject({
      status: 'failed',
      failureKind: 'refused',
      lastError: expect.stringContaining('550'),
    });
    // Not queued again by a later success: the address itself is refused.
    const api = t.api;
    await api.post(`/api/reminders/${row.id}/retry`).expect(200, { id: row.id, status: 'pending' });
    await api.post(`/api/reminders/${row.id}/retry`).expect(409);
    sink.refuseAddress(null);
    expect(await dispatch()).toMatchObject({ sent: 1 });
    const viewer = await t.newUser('viewer', { id: officer.organizationId });
    await viewer.agent.post(`/api/reminders/${row.id}/retry`).expect(403);
    await officer.agent.get('/api/admin/reminders/delivery').expect(403);
  });

  it('drops a J-n step whose date passed during an outage instead of sending it late as if on time', async () => {
    at('2025-09-30T06:00:00Z');
    const { convention } = await vlgWithOfficer({ onlyNotice: true });
    // The J-1 (1 October) waited through an outage; the date (2 October) has passed.
    await sql(`UPDATE reminders SET status = 'cancelled' WHERE convention_id = $1`, [convention.id]);
    at('2025-10-01T06:00:00Z');
    await sweep();
    const [pending] = await sql(
      `SELECT step FROM reminders WHERE convention_id = $1 AND status = 'pending'`,
      [convention.id],
    );
    expect(pending.step).toBe('lead:1');
    at('2025-10-03T06:00:00Z');
    expect(await dispatch()).toMatchObject({ sent: 0, cancelled: 1 });
    const [row] = await (
      await admin()
    )
      .get('/api/reminders')
      .query({ conventionId: convention.id })
      .then((r) => r.body);
    expect(row).toMatchObject({ step: 'lead:1', status: 'cancelled', failureKind: 'passed' });
    expect(sink.messages).toHaveLength(0);
  });
});
