import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { SmtpSink } from '@passerelle/testing';
import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const HEADERS = [
  'reference',
  'title',
  'instrument',
  'party1_name',
  'party1_country',
  'party1_signed_on',
  'party2_name',
  'party2_country',
  'party2_signed_on',
  'effective_on',
  'term_months',
  'committee_meetings_per_year',
];
const ROWS = [
  // The platform's "Villeneuve-la-Garenne", written as the spreadsheet's author does.
  [
    'IMP-VLG-TIZNIT',
    'Villeneuve-la-Garenne – Tiznit',
    'convention_partenariat',
    'Ville de Villeneuve-la-Garenne',
    'FR',
    '15/01/2023',
    'Tiznit',
    'MA',
    '20/01/2023',
    '20/01/2023',
    '60',
    '1',
  ],
  [
    'IMP-VLG-AGADIR',
    'Villeneuve-la-Garenne – Agadir',
    'protocole',
    'VILLENEUVE-LA-GARENNE',
    'FR',
    '02/02/2024',
    'Agadir',
    'MA',
    '02/02/2024',
    '02/02/2024',
    '48',
    '1',
  ],
  // Nobody on the platform is Romans: its parties stay unlinked.
  [
    'IMP-ROMANS-TAROUDANNT',
    'Romans – Taroudannt',
    'protocole',
    'Romans',
    'FR',
    '12/03/2023',
    'Taroudannt',
    'MA',
    '20/03/2023',
    '20/03/2023',
    '36',
    '1',
  ],
];
const csv = [HEADERS, ...ROWS].map((row) => row.join(';')).join('\r\n');

/**
 * Issue 17: an import creates conventions naming organizations that are on the platform. Their
 * officers expect to find them in their portfolio and to be told once: the import links the
 * party an organization is (same name and country) and welcomes its officers in one mail each.
 */
describe('an import links the organizations it names and welcomes their officers (real SMTP, real PostgreSQL)', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await startTestApp({
      now: '2026-01-08T09:00:00Z',
      env: { SMTP_URL: await sink.start(), PUBLIC_URL: 'https://passerelle.example' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const mailsTo = (user: { email: string }) =>
    sink.messages.filter((mail) => JSON.stringify(mail.to).includes(user.email));
  /** As the admin, signed in at the clock's time (the test moves it past a session's life). */
  const post = async (dryRun: boolean) =>
    (await t.as(TEST_ADMIN.email, TEST_ADMIN.password))
      .post(`/api/imports/conventions?dryRun=${dryRun}`)
      .attach('file', Buffer.from(csv, 'utf8'), 'portefeuille.csv')
      .expect(200);

  it('links Villeneuve-la-Garenne and Tiznit to the conventions naming them, and welcomes each officer once', async () => {
    const vlg = await t.newUser('officer', { name: 'Villeneuve-la-Garenne', country: 'FR' });
    const colleague = await t.newUser('officer', { id: vlg.organizationId });
    const tiznit = await t.newUser('officer', {
      name: 'Tiznit',
      country: 'MA',
      timezone: 'Africa/Casablanca',
    });
    // Same name, other country: not the French party.
    const stranger = await t.newUser('officer', { name: 'Agadir', country: 'FR' });
    const before = await t.sql('SELECT count(*)::int AS n FROM conventions');

    const preview = await post(true);
    expect(preview.body.linkedOrganizations).toEqual([
      expect.objectContaining({
        reference: 'IMP-VLG-TIZNIT',
        party: 'Ville de Villeneuve-la-Garenne',
        organizationId: vlg.organizationId,
      }),
      expect.objectContaining({
        reference: 'IMP-VLG-TIZNIT',
        party: 'Tiznit',
        organizationId: tiznit.organizationId,
      }),
      expect.objectContaining({
        reference: 'IMP-VLG-AGADIR',
        party: 'VILLENEUVE-LA-GARENNE',
        organizationId: vlg.organizationId,
      }),
    ]);
    expect(await t.sql('SELECT count(*)::int AS n FROM conventions')).toEqual(before);

    const imported = await post(false);
    expect(imported.body).toMatchObject({ created: 3, updated: 0 });
    const parties = await t.sql(
      `SELECT c.reference, p.name, p.organization_id FROM convention_parties p JOIN conventions c ON c.id = p.convention_id
        WHERE c.reference LIKE 'IMP-%' ORDER BY c.reference, p.position`,
    );
    expect(parties).toEqual([
      { reference: 'IMP-ROMANS-TAROUDANNT', name: 'Romans', organization_id: null },
      { reference: 'IMP-ROMANS-TAROUDANNT', name: 'Taroudannt', organization_id: null },
      { reference: 'IMP-VLG-AGADIR', name: 'VILLENEUVE-LA-GARENNE', organization_id: vlg.organizationId },
      { reference: 'IMP-VLG-AGADIR', name: 'Agadir', organization_id: null },
      {
        reference: 'IMP-VLG-TIZNIT',
        name: 'Ville de Villeneuve-la-Garenne',
        organization_id: vlg.organizationId,
      },
      { reference: 'IMP-VLG-TIZNIT', name: 'Tiznit', organization_id: tiznit.organizationId },
    ]);
    // Each link audited as an admin's direct link is.
    expect(
      await t.sql(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'party_link' AND action = 'link_direct'`,
      ),
    ).toEqual([{ n: 3 }]);
    // The officer sees them in her portfolio at once.
    const list = await vlg.agent.get('/api/conventions').query({ q: 'IMP-' }).expect(200);
    expect(list.body.items.map((item: { reference: string }) => item.reference).sort()).toEqual([
      'IMP-VLG-AGADIR',
      'IMP-VLG-TIZNIT',
    ]);

    // Scheduled by the import as onboarding: nothing before her next 08:00, then one welcome.
    await t.app.get(DispatchRemindersUseCase).execute();
    expect(mailsTo(vlg)).toEqual([]);
    t.clock.set(new Date('2026-01-09T07:00:00Z'));
    await t.app.get(SweepRemindersUseCase).execute();
    await t.app.get(DispatchRemindersUseCase).execute();
    for (const officer of [vlg, colleague]) {
      const mails = mailsTo(officer);
      expect(mails.map((mail) => mail.subject)).toEqual([
        'Bienvenue dans Passerelle : les conventions que vous suivez — Villeneuve-la-Garenne',
      ]);
      expect(mails[0].text).toContain('Vous suivez désormais 2 conventions.');
      expect(mails[0].text).not.toContain('Romans');
    }
    expect(mailsTo(tiznit)).toHaveLength(1);
    expect(mailsTo(stranger)).toEqual([]);

    // The same file again creates, links and sends nothing.
    sink.clear();
    const again = await post(false);
    expect(again.body).toMatchObject({ created: 0, updated: 0, linkedOrganizations: [] });
    t.clock.set(new Date('2026-01-10T07:00:00Z'));
    await t.app.get(DispatchRemindersUseCase).execute();
    expect(mailsTo(vlg)).toEqual([]);
  });
});
