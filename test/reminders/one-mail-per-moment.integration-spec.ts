import request from 'supertest';
import { ParsedMail } from 'mailparser';
import { DispatchRemindersUseCase, reminderMessageId, SweepRemindersUseCase } from '@passerelle/application';
import { SmtpSink } from '@passerelle/testing';
import { vlgSeed } from './vlg-with-officer';
import { startTestApp, TestApp } from '../support/test-app';

// Sign-ins (argon2) and per-mail transactions on a shared 2-core machine: seconds, not milliseconds.
jest.setTimeout(120_000);

type Officer = Awaited<ReturnType<TestApp['newUser']>>;

/**
 * Issue 19, against a real SMTP server and PostgreSQL: the reminders due to one person at one
 * sending moment leave as one mail, each deadline with its own working mark-done link; a person
 * who starts following conventions gets one welcome mail; a catch-up says its real reason.
 */
describe('one mail per person and sending moment, a welcome for a new follower, honest catch-ups', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await startTestApp({
      now: '2025-08-01T10:00:00Z',
      env: { SMTP_URL: await sink.start(), PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    await t.sql('TRUNCATE conventions, reminders, scheduler_state, action_tokens CASCADE');
    sink.clear();
  });

  const sweep = () => t.app.get(SweepRemindersUseCase).execute();
  const dispatch = () => t.app.get(DispatchRemindersUseCase).execute();
  const at = (instant: string) => t.clock.set(new Date(instant));
  const mailsTo = (user: { email: string }) =>
    sink.messages.filter((mail) => JSON.stringify(mail.to).includes(user.email));
  /** Signed in at the clock's current time (the tests move it past a session's life). */
  const signIn = (user: Officer) => t.as(user.email, `password of ${user.email}`);
  const markDoneLinks = (mail: ParsedMail) => [
    ...new Set(
      [...String(mail.text).matchAll(/https:\/\/passerelle\.example(\/api\/deadline-actions\/[^\s]+)/g)].map(
        (match) => match[1],
      ),
    ),
  ];

  /** A convention of `officer`'s organization whose only deadlines are yearly action plans on `due`. */
  const actionPlanOn = (officer: Officer, due: string, n: number) =>
    officer.agent
      .post('/api/conventions')
      .send({
        ...vlgSeed,
        reference: `G19-${n}-${Math.random().toString(36).slice(2, 6)}`,
        title: `Convention de coopération n° ${n}`,
        effectiveOn: '2025-01-01',
        financialCommitments: [],
        parties: [
          { ...vlgSeed.parties[0], organizationId: officer.organizationId },
          { ...vlgSeed.parties[1], name: `Partenaire ${n}` },
        ],
        clauses: {
          actionPlan: {
            ...vlgSeed.clauses.actionPlan!,
            deadlineMonth: Number(due.slice(5, 7)),
            deadlineDay: Number(due.slice(8, 10)),
            yearOffset: 0,
          },
        },
      })
      .expect(201)
      .then((response) => response.body as { id: string; reference: string });

  it('sends four reminders due to one officer at 08:00 as one mail of four deadlines, each with a mark-done link that works', async () => {
    at('2025-08-01T10:00:00Z');
    const officer = await t.newUser('officer', { name: 'Villeneuve-la-Garenne', country: 'FR' });
    const upcoming = [];
    for (const n of [1, 2, 3]) upcoming.push(await actionPlanOn(officer, '2025-10-02', n));
    const late = await actionPlanOn(officer, '2025-08-26', 4);
    // Created after its J-30: a catch-up that says why (a new convention), not « the service was down ».
    await sweep();
    await dispatch();
    expect(sink.messages.map((mail) => mail.subject)).toEqual([expect.stringContaining('(J-25)')]);
    expect(sink.messages[0].text).toContain('la convention a été enregistrée après la date prévue');
    expect(sink.messages[0].text).not.toContain('interrompu');
    sink.clear();

    // 2 September: three J-30 and one seven days late, all due at 08:00 Paris (06:00 UTC).
    at('2025-09-02T05:00:00Z');
    await sweep();
    expect(await dispatch()).toMatchObject({ sent: 0 });
    at('2025-09-02T06:00:00Z');
    expect(await dispatch()).toMatchObject({ sent: 4, failed: 0 });
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0];
    expect(mail.subject).toBe('4 échéances à suivre, dont 1 en retard — Villeneuve-la-Garenne');
    const text = String(mail.text);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Villeneuve-la-Garenne – Partenaire ${n}`);
    expect(text.match(/Que faire :/g)).toHaveLength(4);
    expect(text.match(/Ce que dit le texte \(article 3\)/g)).toHaveLength(4);
    expect(text).toContain('« Dans ce cadre, un programme d');
    // On time: no catch-up wording at all; the officer is not told she is an escalation recipient.
    expect(text).not.toContain('rattrapage');
    expect(text).not.toContain('Vous recevez ce message parce que');
    // The overdue one first.
    expect(text.indexOf('Partenaire 4')).toBeLessThan(text.indexOf('Partenaire 1'));

    const rows = await t.sql(
      `SELECT id, status, message_id FROM reminders WHERE sent_at IS NOT NULL AND send_at = '2025-09-02T06:00:00Z'`,
    );
    expect(rows).toHaveLength(4);
    const expectedId = reminderMessageId(
      rows.map((row) => row.id as string),
      'passerelle.example',
    );
    expect(rows.every((row) => row.status === 'sent' && row.message_id === expectedId)).toBe(true);
    expect(mail.messageId).toBe(expectedId);

    const links = markDoneLinks(mail);
    expect(links).toHaveLength(4);
    for (const link of links) {
      // The link opens a page whose button posts the same address (a mail scanner's GET changes nothing).
      const page = await request(t.http).get(link).expect(200);
      expect(page.text).toContain(`action="${link}"`);
      await request(t.http).post(link).expect(200);
    }
    const agent = await signIn(officer);
    for (const convention of [...upcoming, late]) {
      const due = convention === late ? '2025-08-26' : '2025-10-02';
      const deadlines = await agent
        .get(`/api/conventions/${convention.id}/deadlines`)
        .query({ from: due, to: due })
        .expect(200);
      expect(deadlines.body).toEqual([expect.objectContaining({ kind: 'action_plan', status: 'done' })]);
    }
    // Nothing more today, and a single reminder stays a single mail.
    expect(await dispatch()).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(1);
  });

  it('welcomes a newly linked officer with one mail for four conventions, not one per deadline', async () => {
    at('2026-01-08T09:00:00Z');
    const cergy = await t.newUser('officer', { name: 'Cergy', country: 'FR' });
    const antony = await t.newUser('officer', { name: 'Antony', country: 'FR' });
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const created = await cergy.agent
        .post('/api/conventions')
        .send({
          ...vlgSeed,
          effectiveOn: '2023-01-03',
          reference: `LINK-${n}-${Math.random().toString(36).slice(2, 6)}`,
          parties: [
            { ...vlgSeed.parties[0], name: 'Cergy', organizationId: cergy.organizationId },
            { ...vlgSeed.parties[0], name: 'Antony', organizationId: antony.organizationId },
            ...vlgSeed.parties.slice(1),
          ],
          financialCommitments: [],
        })
        .expect(201);
      ids.push(created.body.id);
    }
    const incoming = (await antony.agent.get('/api/party-links').query({ status: 'pending' }).expect(200))
      .body.incoming as Array<{ id: string }>;
    expect(incoming).toHaveLength(4);
    // Accepted one after another (as she would, over a few minutes).
    for (const link of incoming) {
      await antony.agent.post(`/api/party-links/${link.id}/accept`).expect(200);
      t.clock.set(new Date(t.clock.now().getTime() + 3 * 60_000));
      await dispatch();
    }
    // Scheduled by the acceptances themselves (no sweep), as onboarding, for her next 08:00.
    const owed = await t.sql(`SELECT DISTINCT reason, send_at FROM reminders WHERE recipient_id = $1`, [
      antony.userId,
    ]);
    expect(owed).toEqual([{ reason: 'onboarding', send_at: new Date('2026-01-09T07:00:00Z') }]);
    expect(mailsTo(antony)).toEqual([]);

    at('2026-01-09T07:00:00Z');
    await sweep();
    await dispatch();
    const welcome = mailsTo(antony);
    expect(welcome.map((mail) => mail.subject)).toEqual([
      'Bienvenue dans Passerelle : les conventions que vous suivez — Antony',
    ]);
    const text = String(welcome[0].text);
    expect(text).toContain('Vous suivez désormais 4 conventions.');
    expect(text).toMatch(/\d+ échéances sont déjà en retard\./);
    expect(text).toContain('chaque semaine à partir d');
    for (const id of ids) expect(text).toContain(`https://passerelle.example/conventions/${id}`);
    expect(text).not.toContain('interrompu');
    expect(text).not.toContain('Vous recevez ce message parce que');
    // One mail; one item and one mark-done link per deadline (the evaluation's overdue:7 swept
    // this morning joins its onboarding overdue:1 as one item).
    const [sent] = await t.sql(
      `SELECT count(DISTINCT message_id)::int AS mails, count(DISTINCT (convention_id, kind, due_on))::int AS deadlines
         FROM reminders WHERE recipient_id = $1 AND status = 'sent'`,
      [antony.userId],
    );
    expect(sent.mails).toBe(1);
    expect(sent.deadlines).toBe(12);
    expect(markDoneLinks(welcome[0])).toHaveLength(12);
    // The writer's own catch-ups of 8 January were one mail too, saying the conventions are new
    // (the second is 9 January's moment: the four evaluations' overdue:7), with Cergy's own
    // overdue APD declaration among them (issue 18: an organization's stored deadline).
    const toCergy = mailsTo(cergy);
    expect(toCergy.map((mail) => mail.subject)).toEqual([
      '13 échéances à suivre, dont 13 en retard — Cergy',
      '4 échéances à suivre, dont 4 en retard — Cergy',
    ]);
    expect(toCergy[0].text).toContain('la convention a été enregistrée après la date prévue');
    expect(toCergy[0].text).not.toContain('interrompu');

    // The weekly overdue reminders go on from there, on time.
    at('2026-01-14T07:00:00Z');
    await sweep();
    await dispatch();
    const next = mailsTo(antony).slice(1);
    expect(next.map((mail) => mail.subject)).toEqual(['8 échéances à suivre, dont 8 en retard — Antony']);
    expect(next[0].text).not.toContain('rattrapage');
  });

  it('a user added to an organization is scheduled in that write, as one welcome', async () => {
    at('2026-01-08T09:00:00Z');
    const first = await t.newUser('officer', { name: 'Dijon', country: 'FR' });
    await actionPlanOn(first, '2025-12-31', 7);
    await actionPlanOn(first, '2025-12-20', 8);
    const newcomer = await t.newUser('officer', { id: first.organizationId });
    const rows = await t.sql(`SELECT step, reason FROM reminders WHERE recipient_id = $1 ORDER BY step`, [
      newcomer.userId,
    ]);
    expect(rows).toEqual([
      { step: 'overdue:14', reason: 'onboarding' },
      { step: 'overdue:7', reason: 'onboarding' },
    ]);
    at('2026-01-09T07:00:00Z');
    await dispatch();
    expect(mailsTo(newcomer).map((mail) => mail.subject)).toEqual([
      'Bienvenue dans Passerelle : les conventions que vous suivez — Dijon',
    ]);
  });

  it('says the service was down only when the sweep really missed days', async () => {
    at('2025-08-01T10:00:00Z');
    const officer = await t.newUser('officer', { name: 'Nanterre', country: 'FR' });
    const convention = await actionPlanOn(officer, '2025-10-02', 5);
    // The scheduler runs every day until 20 August.
    for (let day = 1; day <= 20; day += 1) {
      at(`2025-08-${String(day).padStart(2, '0')}T10:00:00Z`);
      await sweep();
      await dispatch();
    }
    expect(sink.messages.map((mail) => mail.subject)).toEqual([expect.stringContaining('(J-60)')]);
    expect(sink.messages[0].text).not.toContain('rattrapage');
    sink.clear();
    // Dates changed: the plan is moved so that its J-30 passed yesterday.
    const moved = await (
      await signIn(officer)
    )
      .patch(`/api/conventions/${convention.id}`)
      .send({
        clauses: {
          actionPlan: { ...vlgSeed.clauses.actionPlan!, deadlineMonth: 9, deadlineDay: 18, yearOffset: 0 },
        },
      })
      .expect(200);
    expect(moved.body.id).toBe(convention.id);
    await dispatch();
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].text).toContain('les dates de la convention ou ses délais de rappel ont changé');
    expect(sink.messages[0].text).not.toContain('interrompu');
    sink.clear();
    // The scheduler stops after 21 August until 15 September: the J-7 of 11 September fell while
    // nothing ran, and that catch-up says so.
    at('2025-08-21T10:00:00Z');
    await sweep();
    at('2025-09-15T10:00:00Z');
    await sweep();
    await dispatch();
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].subject).toContain('(J-3)');
    expect(sink.messages[0].text).toContain('le service de rappels était interrompu à la date prévue');
  });
});
