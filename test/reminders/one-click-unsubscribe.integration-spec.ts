import request from 'supertest';
import { ParsedMail } from 'mailparser';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { SmtpSink } from '@passerelle/testing';
import { vlgSeed } from './vlg-with-officer';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

type Officer = Awaited<ReturnType<TestApp['newUser']>>;

/**
 * Issue 19: every mail about several deadlines (grouped, welcome, digest) carries an RFC 8058
 * one-click List-Unsubscribe that stops the reminders of the conventions that mail names, and
 * only those. Driven as a mail provider does: the URL read from the received mail, POSTed with
 * `List-Unsubscribe=One-Click`, no session.
 */
describe('one-click unsubscribe of grouped, welcome and digest mails (real SMTP server, real PostgreSQL)', () => {
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
  const header = (mail: ParsedMail, name: string) =>
    (mail.headerLines.find((line) => line.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ');
  /** The path of the mail's List-Unsubscribe URL, checked to be RFC 8058 one-click. */
  const oneClick = (mail: ParsedMail) => {
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const match =
      /^List-Unsubscribe: <https:\/\/passerelle\.example(\/api\/reminders\/unfollow\/[^>]+)>$/.exec(
        header(mail, 'list-unsubscribe'),
      );
    expect(match).not.toBeNull();
    return match![1];
  };
  const unsubscribe = (path: string) =>
    request(t.http).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
  /** The conventions `user` has muted, by id. */
  const muted = async (user: { userId: string }) =>
    (
      await t.sql(
        'SELECT convention_id FROM convention_follows WHERE user_id = $1 AND NOT following ORDER BY convention_id',
        [user.userId],
      )
    ).map((row) => row.convention_id as string);

  /** A convention of `officer`'s organization whose only deadlines are yearly action plans on `due`. */
  const actionPlanOn = (officer: Officer, due: string, n: number) =>
    officer.agent
      .post('/api/conventions')
      .send({
        ...vlgSeed,
        reference: `U19-${n}-${Math.random().toString(36).slice(2, 6)}`,
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
      .then((response) => response.body as { id: string });

  it('a grouped mail: one click stops the reminders of its conventions, not of the others', async () => {
    at('2025-08-01T10:00:00Z');
    const officer = await t.newUser('officer', { name: 'Orléans', country: 'FR' });
    const first = await actionPlanOn(officer, '2025-10-02', 1);
    const second = await actionPlanOn(officer, '2025-10-02', 2);
    const other = await actionPlanOn(officer, '2025-12-15', 3);
    // 3 August, 08:00 Paris: the two J-60 leave as one mail.
    at('2025-08-03T06:00:00Z');
    await sweep();
    await dispatch();
    const [mail] = mailsTo(officer);
    expect(mailsTo(officer)).toHaveLength(1);
    expect(mail.subject).toBe('2 échéances à suivre — Orléans');
    const path = oneClick(mail);
    // The confirmation page (what a click in the mail opens) names what stops, and posts back.
    const page = await request(t.http).get(path).expect(200);
    expect(page.text).toContain(`action="${path}"`);
    expect(page.text).toContain('2 conventions');
    const done = await unsubscribe(path);
    expect(done.text).toContain('2 conventions');
    expect(await muted(officer)).toEqual([first.id, second.id].sort());
    // A provider retrying the POST changes nothing more.
    await unsubscribe(path);
    expect(await muted(officer)).toEqual([first.id, second.id].sort());
    // Their J-30 is not mailed; the third convention's J-60 still is.
    sink.clear();
    for (const instant of ['2025-09-02T06:00:00Z', '2025-10-16T06:00:00Z']) {
      at(instant);
      await sweep();
      await dispatch();
    }
    expect(mailsTo(officer).map((sent) => sent.subject)).toEqual([
      "Programme d'actions annuel — Villeneuve-la-Garenne – Partenaire 3 — avant le 15 décembre 2025 (J-60)",
    ]);
    expect(await muted(officer)).not.toContain(other.id);
  });

  it('a welcome mail: one click stops the reminders of the conventions it welcomes to', async () => {
    at('2026-01-08T09:00:00Z');
    const first = await t.newUser('officer', { name: 'Dijon', country: 'FR' });
    const a = await actionPlanOn(first, '2025-12-31', 7);
    const b = await actionPlanOn(first, '2025-12-20', 8);
    const newcomer = await t.newUser('officer', { id: first.organizationId });
    at('2026-01-09T07:00:00Z');
    await dispatch();
    const welcome = mailsTo(newcomer);
    expect(welcome.map((mail) => mail.subject)).toEqual([
      'Bienvenue dans Passerelle : les conventions que vous suivez — Dijon',
    ]);
    // The footer carries the same link, written out in the text part.
    const path = oneClick(welcome[0]);
    expect(String(welcome[0].text)).toContain(`https://passerelle.example${path}`);
    await unsubscribe(path);
    expect(await muted(newcomer)).toEqual([a.id, b.id].sort());
    // The colleague who did not click still follows both.
    expect(await muted(first)).toEqual([]);
  });

  it('a weekly digest: its header names the organization, and one click stops all its conventions', async () => {
    at('2025-08-01T10:00:00Z');
    const officer = await t.newUser('officer', { name: 'Montreuil', country: 'FR' });
    await officer.agent.patch('/api/me').send({ reminderMode: 'digest' }).expect(200);
    const first = await actionPlanOn(officer, '2025-10-02', 4);
    const second = await actionPlanOn(officer, '2025-10-02', 5);
    at('2025-08-03T10:00:00Z');
    await sweep();
    // Monday 4 August, 08:00 Paris.
    at('2025-08-04T06:00:00Z');
    await sweep();
    await dispatch();
    const digests = mailsTo(officer);
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    // The header (the first block of the page) and the text part's first line name the organization.
    const header = /<div[^>]*class="pl-header"[\s\S]*?<\/table>/.exec(String(digest.html))?.[0] ?? '';
    expect(header).toContain('Montreuil');
    expect(String(digest.text).split('\n')[0]).toBe('Montreuil · Passerelle');
    await unsubscribe(oneClick(digest));
    expect(await muted(officer)).toEqual([first.id, second.id].sort());
  });
});
