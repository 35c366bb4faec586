import {
  DispatchRemindersUseCase,
  RebuildDeadlinesUseCase,
  SweepRemindersUseCase,
} from '@passerelle/application';
import { aConvention, SmtpSink } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const addressedTo = (email: string) => (mail: { to?: unknown }) =>
  JSON.stringify(mail.to ?? '').includes(email);

describe('the apd_declaration deadline is stored and reminded (real PostgreSQL, real SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = new SmtpSink();
    const smtpUrl = await sink.start();
    t = await startTestApp({
      now: '2027-04-20T09:00:00Z',
      env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('mails its J-30 once, at 08:00 Paris, in the recipient’s language, to the declaring organization only', async () => {
    const french = await t.newUser('officer', { name: `Villeneuve ${process.pid}`, country: 'FR' });
    await french.agent.patch('/api/me').send({ language: 'en' }).expect(200);
    const moroccan = await t.newUser('officer', {
      name: `Tiznit ${process.pid}`,
      country: 'MA',
      timezone: 'Africa/Casablanca',
    });
    const doc = aConvention({
      effectiveOn: '2024-01-01',
      clauses: { term: { start: 'effective_date', durationMonths: 60 } },
    });
    doc.parties = doc.parties.map((party) => ({
      ...party,
      organizationId: party.country === 'FR' ? french.organizationId : moroccan.organizationId,
    }));
    const convention = (await french.agent.post('/api/conventions').send(doc).expect(201)).body as {
      id: string;
    };

    // Stored by the write: one a year after each year in force (2024–2028), up to the horizon.
    const stored = await t.sql(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, declared_year, convention_id
         FROM organization_deadlines WHERE organization_id = $1 ORDER BY due_on`,
      [french.organizationId],
    );
    expect(stored.map((row) => row.due_on)).toEqual([
      '2025-05-31',
      '2026-05-31',
      '2027-05-31',
      '2028-05-31',
      '2029-05-31',
    ]);
    expect(stored.every((row) => row.convention_id === convention.id)).toBe(true);
    expect(
      await t.sql('SELECT count(*)::int AS n FROM organization_deadlines WHERE organization_id = $1', [
        moroccan.organizationId,
      ]),
    ).toEqual([{ n: 0 }]);

    // The deadline rebuild recomputes them and keeps the same rows.
    await t.app.get(RebuildDeadlinesUseCase).execute();
    expect(
      await t.sql(
        `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, declared_year, convention_id
           FROM organization_deadlines WHERE organization_id = $1 ORDER BY due_on`,
        [french.organizationId],
      ),
    ).toEqual(stored);

    const dispatch = t.app.get(DispatchRemindersUseCase);
    const sweep = t.app.get(SweepRemindersUseCase);
    await dispatch.execute(); // what the creation scheduled today (J-45 of the declaration among them)
    const apdSubject = /^Development aid declaration — Villeneuve \d+ — by 31 May 2027 \(D-30\)$/;

    // 1 May 2027, 06:00 in Paris: the J-30 is scheduled for 08:00, not sent yet.
    t.clock.set(new Date('2027-05-01T04:00:00Z'));
    await sweep.execute();
    await dispatch.execute();
    expect(sink.messages.filter((mail) => apdSubject.test(mail.subject ?? ''))).toEqual([]);

    t.clock.set(new Date('2027-05-01T06:00:00Z'));
    await dispatch.execute();
    await sweep.execute();
    await dispatch.execute();
    t.clock.set(new Date('2027-05-01T12:00:00Z'));
    await sweep.execute();
    await dispatch.execute();

    // Alone, or among the other deadlines due to the same person at the same 08:00 (issue 19: one
    // mail per person and sending moment), where its subject heads its own item.
    const j30 = sink.messages.filter(
      (mail) =>
        apdSubject.test(mail.subject ?? '') ||
        (mail.text ?? '').split('\n').some((line) => apdSubject.test(line.trim())),
    );
    expect(j30).toHaveLength(1);
    expect(addressedTo(french.email)(j30[0])).toBe(true);
    expect(j30[0].text).toContain('Authority: Villeneuve');
    expect(j30[0].text).toContain("Declare last year's official development assistance");
    expect(j30[0].text).toContain('Prepare the declaration: https://passerelle.example/apd');
    expect(j30[0].text).not.toContain('Mark the deadline as done');
    // The Moroccan partner owes no French declaration: none of its mails is about it.
    expect(
      sink.messages
        .filter(addressedTo(moroccan.email))
        .filter((mail) => (mail.subject ?? '').includes('التصريح بالمساعدة العمومية للتنمية')),
    ).toEqual([]);
    // Two rows for this deadline (the J-45 caught up on creation, the J-30), each sent once.
    expect(
      await t.sql(
        `SELECT days_left, status FROM reminders r WHERE r.kind = 'apd_declaration' AND r.due_on = '2027-05-31'
          ORDER BY days_left`,
      ),
    ).toEqual([
      { days_left: 30, status: 'sent' },
      { days_left: 41, status: 'sent' },
    ]);
  });

  it('once the declaration is recorded, its later reminders are not sent', async () => {
    const french = await t.newUser('officer', { name: `Antony ${process.pid}`, country: 'FR' });
    const doc = aConvention({
      reference: `APD-${process.pid}`,
      effectiveOn: '2024-01-01',
      clauses: { term: { start: 'effective_date', durationMonths: 60 } },
    });
    doc.parties = doc.parties.map((party) =>
      party.country === 'FR' ? { ...party, organizationId: french.organizationId } : party,
    );
    await french.agent.post('/api/conventions').send(doc).expect(201);
    await french.agent
      .post(`/api/organizations/${french.organizationId}/apd/2026/declaration`)
      .send({ declaredOn: '2027-05-01' })
      .expect((response) => expect([200, 201]).toContain(response.status));

    t.clock.set(new Date('2027-05-24T04:00:00Z'));
    await t.app.get(SweepRemindersUseCase).execute();
    t.clock.set(new Date('2027-05-24T06:00:00Z'));
    await t.app.get(DispatchRemindersUseCase).execute();
    expect(
      sink.messages
        .filter(addressedTo(french.email))
        .filter((mail) => (mail.subject ?? '').startsWith("Déclaration de l'aide publique au développement"))
        .filter((mail) => (mail.subject ?? '').includes('31 mai 2027')),
    ).toEqual([]);
    const calendar = await (
      await t.as(french.email, `password of ${french.email}`)
    )
      .get('/api/calendar?from=2027-05-01&to=2027-06-30')
      .expect(200);
    const items = (calendar.body.items ?? calendar.body) as Array<{ kind: string; status: string }>;
    expect(items.filter((item) => item.kind === 'apd_declaration')).toEqual([
      expect.objectContaining({ kind: 'apd_declaration', status: 'done', dueOn: '2027-05-31' }),
    ]);
  });
  // Issue 18: the declaration is the organization's duty, not the convention's it is reminded
  // through; muting that convention stopped the declaration's reminders until the escalation.
  it('muting the convention a declaration goes through does not mute the declaration', async () => {
    t.clock.set(new Date('2027-05-24T05:00:00Z'));
    const french = await t.newUser('officer', { name: `Sceaux ${process.pid}`, country: 'FR' });
    const doc = aConvention({
      reference: `APD-MUTE-${process.pid}`,
      effectiveOn: '2024-01-01',
      clauses: { term: { start: 'effective_date', durationMonths: 60 } },
    });
    doc.parties = doc.parties.map((party) =>
      party.country === 'FR' ? { ...party, organizationId: french.organizationId } : party,
    );
    const convention = (await french.agent.post('/api/conventions').send(doc).expect(201)).body as {
      id: string;
    };
    const [through] = await t.sql(
      `SELECT DISTINCT convention_id FROM organization_deadlines WHERE organization_id = $1`,
      [french.organizationId],
    );
    expect(through.convention_id).toBe(convention.id);
    await french.agent
      .post(`/api/conventions/${convention.id}/follow`)
      .send({ following: false })
      .expect(200);

    // 24 May, 08:00 Paris: the J-7 of the declaration (due 31 May) is mailed.
    t.clock.set(new Date('2027-05-24T06:00:00Z'));
    await t.app.get(SweepRemindersUseCase).execute();
    await t.app.get(DispatchRemindersUseCase).execute();
    const apd = (mail: { subject?: string; text?: string }) =>
      `${mail.subject}\n${mail.text}`.includes("Déclaration de l'aide publique au développement");
    const mine = sink.messages.filter(addressedTo(french.email));
    // One mail: the J-7 of 2027's declaration beside 2026's, long overdue (escalated, so sent even
    // before the fix).
    expect(mine.filter(apd)).toHaveLength(1);
    expect(mine.filter(apd)[0].text).toContain('31 mai 2027 (J-7)');
    // No link in it mutes a convention: the mail is about the declaration alone.
    expect(mine.filter(apd)[0].headers.has('list-unsubscribe')).toBe(false);
    expect(mine.filter(apd)[0].text).not.toContain('/api/reminders/unfollow/');
    // The convention's own deadlines stay muted: no mail names it apart from the declaration.
    expect(mine.filter((mail) => !apd(mail))).toEqual([]);
    expect(
      await t.sql(
        `SELECT status FROM reminders r JOIN users u ON u.id = r.recipient_id
          WHERE u.email = $1 AND r.kind = 'apd_declaration' AND r.due_on = '2027-05-31'`,
        [french.email],
      ),
    ).toEqual([{ status: 'sent' }]);
  });
});
