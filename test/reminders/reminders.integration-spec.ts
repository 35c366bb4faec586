import { Client } from 'pg';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { SmtpSink } from '@passerelle/testing';
import { vlgSeed, vlgWithOfficer as vlgWithOfficerOf, VlgOptions } from './vlg-with-officer';
import { startTestApp, TestApp } from '../support/test-app';
import { createApp } from '../../apps/api/src/bootstrap/create-app';

// Sign-ins (argon2) and per-mail transactions on a shared 2-core machine: seconds, not milliseconds.
jest.setTimeout(60_000);

describe('reminder e-mails (real PostgreSQL, real SMTP server)', () => {
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
  const dispatch = () => t.app.get(DispatchRemindersUseCase).execute();
  const at = (instant: string) => t.clock.set(new Date(instant));

  const vlgWithOfficer = (options: VlgOptions = {}) => vlgWithOfficerOf(t, options);

  it('sends the J-30 renewal notice at 08:00 Paris time, exactly, in French', async () => {
    at('2025-09-02T05:00:00Z');
    const { officer, convention } = await vlgWithOfficer({ onlyNotice: true });
    // Created on its J-30 day: the creation scheduled it, the sweep finds nothing more.
    expect(
      await sql(`SELECT step FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`, [
        convention.id,
      ]),
    ).toEqual([{ step: 'lead:30' }]);
    expect(await sweep()).toEqual({ created: 0, skipped: false });
    expect(await dispatch()).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(0);

    at('2025-09-02T06:00:00Z');
    expect(await dispatch()).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0];
    expect(mail.subject).toBe(
      'Préavis de non-reconduction — Villeneuve-la-Garenne – Tiznit — avant le 2 octobre 2025 (J-30)',
    );
    expect(mail.to).toMatchObject({ value: [{ address: officer.email }] });
    expect(mail.text).toContain('Il reste 30 jours avant cette échéance.');
    expect(mail.text).toContain('Ce que dit le texte (article 7)');
    expect(mail.text).toContain(`https://passerelle.example/conventions/${convention.id}`);
    // The clause quoted in its own block (MJML layout: a styled paragraph, not a bare <blockquote>).
    expect(mail.html).toMatch(/<p class="pl-quote" lang="fr" dir="auto"[^>]*>« /);
    const header = (name: string) =>
      (mail.headerLines.find((line) => line.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <https:\/\/passerelle\.example\/api\/reminders\/unfollow\//,
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const ics = mail.attachments.find((attachment) => attachment.filename === 'echeance.ics');
    expect(ics?.content.toString()).toContain('DTSTART;VALUE=DATE:20251002');

    const rows = await t.api
      .get('/api/reminders')
      .query({ conventionId: convention.id, status: 'sent' })
      .expect(200);
    expect(rows.body).toEqual([
      expect.objectContaining({
        kind: 'renewal_notice',
        dueOn: '2025-10-02',
        step: 'lead:30',
        status: 'sent',
        attempts: 1,
        nextAttemptAt: null,
        lastError: null,
        messageId: `<reminder.${rows.body[0].id}@passerelle.example>`,
      }),
    ]);
    expect(mail.messageId).toBe(rows.body[0].messageId);

    // Nothing twice: another sweep and dispatch the same day add nothing.
    expect(await sweep()).toMatchObject({ created: 0 });
    expect(await dispatch()).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(1);

    // The single-use "mark as done" link stops the reminders.
    const markDone = /(https:\/\/passerelle\.example\/api\/deadline-actions\/[^\s]+)/.exec(
      mail.text ?? '',
    )?.[1] as string;
    const pathOnly = new URL(markDone).pathname;
    const { default: request } = await import('supertest');
    await request(t.http).get(pathOnly).expect(200);
    const deadlines = await officer.agent
      .get(`/api/conventions/${convention.id}/deadlines`)
      .query({ from: '2025-10-02', to: '2025-10-02' })
      .expect(200);
    expect(deadlines.body[0].status).toBe('due');
    await request(t.http).post(pathOnly).expect(200);
    await request(t.http).post(pathOnly).expect(404);
    const after = await officer.agent
      .get(`/api/conventions/${convention.id}/deadlines`)
      .query({ from: '2025-10-02', to: '2025-10-02' })
      .expect(200);
    expect(after.body[0]).toMatchObject({
      status: 'done',
      record: expect.objectContaining({ recordedBy: officer.email }),
    });
    at('2025-09-18T06:00:00Z');
    await sweep();
    expect(
      await sql(
        `SELECT count(*)::int AS n FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`,
        [convention.id],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('retries when the SMTP server refuses, and sends once when it accepts', async () => {
    at('2025-09-02T06:00:00Z');
    const { convention } = await vlgWithOfficer({ onlyNotice: true });
    await sweep();
    sink.refuseNext(1);
    expect(await dispatch()).toMatchObject({ sent: 0, retried: 1 });
    const [pending] = await sql(
      `SELECT status, attempts, last_error FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`,
      [convention.id],
    );
    expect(pending).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: expect.stringContaining('451'),
    });
    expect(await dispatch()).toMatchObject({ sent: 0, retried: 0 });
    at('2025-09-02T06:01:00Z');
    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(sink.messages).toHaveLength(1);
  });

  it('loses nothing and duplicates nothing when the dispatcher dies between claim and send', async () => {
    at('2025-09-02T06:00:00Z');
    await vlgWithOfficer({ onlyNotice: true });
    await sweep();
    // A dispatcher claims the row, then its process dies: its transaction never commits.
    const dying = new Client({ connectionString: t.database.url });
    await dying.connect();
    await dying.query('BEGIN');
    const claimed = await dying.query(
      `SELECT id FROM reminders WHERE status = 'pending' FOR UPDATE SKIP LOCKED`,
    );
    expect(claimed.rowCount).toBe(1);
    // While it holds the claim, another dispatcher skips the row.
    expect(await dispatch()).toMatchObject({ sent: 0 });
    await dying.end(); // killed: the connection drops, the claim is released
    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(await dispatch()).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(1);
  });

  it('sends each reminder once with two schedulers sweeping and dispatching on one database', async () => {
    // A second, separate application on the same database: its own pool, its own scheduler.
    const other = await createApp({
      config: loadConfig({
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        SCHEDULER: 'off',
        SMTP_URL: smtpUrl,
        PUBLIC_URL: 'https://passerelle.example',
      }),
      databaseUrl: t.database.url,
      clock: t.clock,
    });
    await other.init();
    try {
      const { convention } = await vlgWithOfficer({ markOldDone: false });
      const start = Date.parse('2025-08-20T06:00:00Z');
      const schedulerA = { sweep, dispatch };
      const schedulerB = {
        sweep: () => other.get(SweepRemindersUseCase).execute(),
        dispatch: () => other.get(DispatchRemindersUseCase).execute(),
      };
      for (let day = 0; day < 40; day += 1) {
        at(new Date(start + day * 86_400_000).toISOString());
        await Promise.all([
          schedulerA.sweep(),
          schedulerB.sweep(),
          schedulerA.dispatch(),
          schedulerB.dispatch(),
        ]);
        await Promise.all([schedulerA.dispatch(), schedulerB.dispatch()]);
      }
      const rows = await sql(
        `SELECT kind, due_on::text, step, status FROM reminders WHERE convention_id = $1 ORDER BY due_on, step`,
        [convention.id],
      );
      // Issue 19: the rows of one day leave as one mail, so mails are counted by Message-ID (each
      // row's recorded one), not one per row, and no Message-ID arrives twice.
      const ids = sink.messages.map((mail) => mail.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(rows.every((row) => row.status === 'sent')).toBe(true);
      const recorded = await sql(`SELECT DISTINCT message_id FROM reminders WHERE convention_id = $1`, [
        convention.id,
      ]);
      expect(new Set(ids)).toEqual(new Set(recorded.map((row) => row.message_id)));
      expect(rows.map((row) => `${row.kind} ${row.step}`)).toEqual(
        expect.arrayContaining([
          'renewal_notice lead:60',
          'renewal_notice lead:30',
          'renewal_notice lead:14',
        ]),
      );
    } finally {
      await other.close();
    }
  });

  it('collapses what fell due during 40 days of downtime into one catch-up mail per deadline', async () => {
    at('2025-08-01T06:00:00Z');
    await vlgWithOfficer();
    await sweep();
    await dispatch();
    sink.clear();
    at('2025-09-10T06:00:00Z');
    await sweep();
    await dispatch();
    const notices = sink.messages.filter((mail) => mail.subject?.startsWith('Préavis de non-reconduction'));
    expect(notices).toHaveLength(1);
    // J-30 fell during the downtime; the catch-up says how many days really remain.
    expect(notices[0].subject).toContain('(J-22)');
    expect(notices[0].text).toContain('Rappel de rattrapage');
  });

  it('schedules the J-30 of a convention created while the clock stood a day behind the last sweep', async () => {
    // The sweep of 2 September ran (clock ahead), then the clock was set back a day: the creation
    // on "1 September" owes nothing that day, and the sweep of 2 September will not read it again.
    at('2025-09-02T05:00:00Z');
    await sweep();
    at('2025-09-01T05:00:00Z');
    const { convention } = await vlgWithOfficer({ onlyNotice: true });
    at('2025-09-02T06:00:00Z');
    await sweep();
    await dispatch();
    expect(
      await sql(`SELECT step, status FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice'`, [
        convention.id,
      ]),
    ).toEqual(expect.arrayContaining([{ step: 'lead:30', status: 'sent' }]));
  });

  it.each([
    ['Europe/Paris before the spring change', 'Europe/Paris', '2026-03-28', '2026-03-28T07:00:00.000Z'],
    ['Europe/Paris after the spring change', 'Europe/Paris', '2026-03-29', '2026-03-29T06:00:00.000Z'],
    ['Africa/Casablanca in Ramadan (UTC+0)', 'Africa/Casablanca', '2026-03-01', '2026-03-01T08:00:00.000Z'],
    [
      'Africa/Casablanca after Ramadan (UTC+1)',
      'Africa/Casablanca',
      '2026-04-01',
      '2026-04-01T07:00:00.000Z',
    ],
  ])('plans 08:00 local for a recipient in %s', async (_label, timezone, day, sendAt) => {
    const officer = await t.newUser('officer', {
      name: `Org ${Math.random()}`,
      country: timezone === 'Europe/Paris' ? 'FR' : 'MA',
      timezone,
    });
    // A committee meeting due 30 days after `day`: its J-30 reminder falls on `day`.
    const due = new Date(Date.parse(`${day}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await officer.agent
      .post('/api/conventions')
      .send({
        ...vlgSeed,
        reference: `TZ-${Math.random().toString(36).slice(2, 8)}`,
        timeZone: timezone,
        effectiveOn: '2020-01-01',
        parties: [
          { name: 'A', country: 'FR', organizationId: officer.organizationId },
          { name: 'B', country: 'MA' },
        ],
        clauses: {
          actionPlan: {
            deadlineMonth: Number(due.slice(5, 7)),
            deadlineDay: Number(due.slice(8, 10)),
            yearOffset: 0,
          },
        },
      })
      .expect(201);
    at(`${day}T00:30:00Z`);
    await sweep();
    const rows = await sql(`SELECT send_at FROM reminders WHERE convention_id = $1 AND step = 'lead:30'`, [
      created.body.id,
    ]);
    expect(rows.map((row) => (row.send_at as Date).toISOString())).toEqual([sendAt]);
  });

  it('sends nothing to a recipient who muted the convention, nor about a deleted convention', async () => {
    at('2025-09-02T06:00:00Z');
    const muted = await vlgWithOfficer();
    await muted.officer.agent
      .post(`/api/conventions/${muted.convention.id}/follow`)
      .send({ following: false })
      .expect(200);
    const deleted = await vlgWithOfficer();
    await sweep();
    await deleted.officer.agent.delete(`/api/conventions/${deleted.convention.id}`).expect(204);
    await dispatch();
    expect(sink.messages).toHaveLength(0);
  });

  it('escalates to viewers after seven days late, in English for an English reader', async () => {
    // Issue 19: the viewer joins before the task is late (a viewer added on the day would get
    // the welcome mail instead), and the mails leave at 08:00 Paris time, not before.
    at('2025-12-20T07:00:00Z');
    const { officer } = await vlgWithOfficer({ markOldDone: true });
    const viewer = await t.newUser('viewer', { id: officer.organizationId });
    await viewer.agent.patch('/api/me').send({ language: 'en' }).expect(200);
    at('2026-01-08T07:00:00Z');
    await sweep();
    await dispatch();
    const toViewer = sink.messages.filter((mail) => JSON.stringify(mail.to).includes(viewer.email));
    // Issue 19: the action plan and the committee meeting, both late, leave as one mail.
    expect(toViewer.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^2 deadlines to follow, 2 of them overdue — Villeneuve /),
    ]);
    expect(toViewer[0].text).toContain(
      'Annual action plan — Villeneuve-la-Garenne – Tiznit — overdue since 31 December 2025 (D+8)',
    );
    // The escalation sentence is for those written to because of it, never the officer herself.
    expect(toViewer[0].text).toContain(
      'You receive this message because the deadline is more than 7 days late.',
    );
    const toOfficer = sink.messages.filter((mail) => JSON.stringify(mail.to).includes(officer.email));
    expect(toOfficer.length).toBeGreaterThan(0);
    for (const mail of toOfficer) expect(mail.text).not.toContain('Vous recevez ce message parce que');
  });

  it('runs from the admin route and lists reminders by status', async () => {
    at('2025-09-02T06:00:00Z');
    const { officer, convention } = await vlgWithOfficer({ onlyNotice: true });
    const run = await t.api.post('/api/admin/scheduler/run').expect(200);
    expect(run.body).toMatchObject({ sweep: { created: 0 }, dispatch: { sent: 1 } });
    await officer.agent.post('/api/admin/scheduler/run').expect(403);
    const sent = await officer.agent.get('/api/reminders').query({ status: 'sent' }).expect(200);
    expect(sent.body.map((row: { conventionId: string }) => row.conventionId)).toContain(convention.id);
    await officer.agent.get('/api/reminders').query({ status: 'lost' }).expect(400);
  });
});
