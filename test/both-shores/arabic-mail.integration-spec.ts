import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { aConvention, SmtpSink } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('reminder e-mails in Arabic (real PostgreSQL, real SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = new SmtpSink();
    const smtpUrl = await sink.start();
    t = await startTestApp({
      now: '2026-11-01T06:00:00Z',
      env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('a Moroccan officer who chose Arabic gets the mail in Arabic, right to left, at 08:00 Casablanca', async () => {
    const officer = await t.newUser('officer', {
      name: `Tiznit ${process.pid}`,
      country: 'MA',
      timezone: 'Africa/Casablanca',
    });
    await officer.agent.patch('/api/me').send({ language: 'ar' }).expect(200);
    expect((await officer.agent.get('/api/me').expect(200)).body.language).toBe('ar');
    const doc = aConvention({
      effectiveOn: '2024-01-01',
      clauses: {
        term: { start: 'effective_date', durationMonths: 60 },
        committee: {
          minMeetingsPerYear: 1,
          source: { article: '5', quote: 'Le Comité de Pilotage se réunit au moins une fois par an' },
        },
      },
    });
    doc.parties = doc.parties.map((party) =>
      party.country === 'MA' ? { ...party, organizationId: officer.organizationId } : party,
    );
    await officer.agent.post('/api/conventions').send(doc).expect(201);

    // 2026-12-31 is 60 days away on 1 November: the J-60 of the yearly committee meeting.
    t.clock.set(new Date('2026-11-01T06:00:00Z'));
    await t.app.get(SweepRemindersUseCase).execute();
    t.clock.set(new Date('2026-11-01T07:00:00Z')); // 08:00 in Casablanca (UTC+1)
    expect((await t.app.get(DispatchRemindersUseCase).execute()).sent).toBeGreaterThanOrEqual(1);
    // The convention's past deadlines are due at the same 08:00: one mail holds them all (issue 19).
    const mail = sink.messages.find((message) => message.text?.includes('(ي-60)'));
    expect(mail?.subject).toContain('للمتابعة');
    expect(mail?.text).toContain(
      // The French title is isolated (FSI … PDI) inside the Arabic sentence.
      'اجتماع لجنة القيادة — \u2068Villeneuve-la-Garenne – Tiznit\u2069 — قبل 31 دجنبر 2026 (ي-60)',
    );
    // MJML adds the Outlook namespaces after lang and dir.
    expect(mail?.html).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    expect(mail?.text).toContain('يتبقى 60 يومًا على هذا الأجل.');
    expect(mail?.text).toContain('ما ينص عليه النص (المادة \u20685\u2069)');
  });
});
