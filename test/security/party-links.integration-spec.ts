import * as fs from 'node:fs';
import * as path from 'node:path';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { ConventionDocument } from '@passerelle/domain';
import { SmtpSink } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

type User = Awaited<ReturnType<TestApp['newUser']>>;

const vlgSeed = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', 'seeds', 'conventions', 'villeneuve-la-garenne-tiznit.json'),
    'utf8',
  ),
) as ConventionDocument;

const LURE = 'URGENT verify your account at http://evil.test';

/**
 * The report: an officer of C created a convention with a party linked to A's organization; A's
 * officers then saw it and received platform-signed reminders with C's title. Now A is asked first.
 */
describe('a party names another organization only with its consent', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let antony: User;
  let antonyViewer: User;
  let cergy: User;
  let dijon: User;

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await startTestApp({
      now: '2026-01-08T06:00:00Z',
      env: { SMTP_URL: await sink.start(), PUBLIC_URL: 'https://passerelle.example' },
    });
    antony = await t.newUser('officer', { name: 'Antony', country: 'FR' });
    antonyViewer = await t.newUser('viewer', { id: antony.organizationId });
    cergy = await t.newUser('officer', { name: 'Cergy', country: 'FR' });
    dijon = await t.newUser('officer', { name: 'Dijon', country: 'FR' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const sweepAndDispatch = async () => {
    await t.app.get(SweepRemindersUseCase).execute();
    await t.app.get(DispatchRemindersUseCase).execute();
  };
  const mailsTo = (user: User) =>
    sink.messages.filter((mail) => JSON.stringify(mail.to).includes(user.email));

  /** The VLG – Tiznit seed written by Cergy's officer: its own party, and one naming `other`. */
  const plantedBy = (writer: User, other: User | null, overrides: Partial<ConventionDocument> = {}) => ({
    ...vlgSeed,
    // Dated as before the seed followed its text (after_approvals, visa pending): it has deadlines.
    effectiveOn: '2023-01-03',
    reference: `PLANT-${Math.random().toString(36).slice(2, 8)}`,
    title: LURE,
    parties: [
      { ...vlgSeed.parties[0], name: 'Cergy', organizationId: writer.organizationId },
      { ...vlgSeed.parties[0], name: 'Antony', organizationId: other?.organizationId ?? null },
      ...vlgSeed.parties.slice(1),
    ],
    financialCommitments: [],
    ...overrides,
  });

  let planted: { id: string };
  let requestId: string;

  it('holds a link to another organization as a pending request: it sees nothing and gets no mail', async () => {
    sink.clear();
    const created = await cergy.agent.post('/api/conventions').send(plantedBy(cergy, antony)).expect(201);
    planted = created.body;
    expect(
      created.body.parties.map((party: { organizationId: string | null }) => party.organizationId),
    ).toEqual([cergy.organizationId, null, null]);
    // A retried write adds no second request.
    await cergy.agent
      .patch(`/api/conventions/${planted.id}`)
      .send({ parties: plantedBy(cergy, antony).parties })
      .expect(200);

    await antony.agent.get(`/api/conventions/${planted.id}`).expect(404);
    expect((await antony.agent.get('/api/conventions').expect(200)).body.total).toBe(0);
    expect(
      (await antony.agent.get('/api/calendar').query({ from: '2025-01-01', to: '2027-12-31' }).expect(200))
        .body,
    ).toEqual([]);
    await sweepAndDispatch();
    expect(mailsTo(antony)).toEqual([]);
    expect(mailsTo(antonyViewer)).toEqual([]);

    const asked = await antony.agent.get('/api/party-links').expect(200);
    expect(asked.body.incoming).toEqual([
      expect.objectContaining({
        conventionId: planted.id,
        partyName: 'Antony',
        organizationId: antony.organizationId,
        requestedByOrganizationName: 'Cergy',
        status: 'pending',
      }),
    ]);
    requestId = asked.body.incoming[0].id;
    const outgoing = await cergy.agent.get('/api/party-links').query({ status: 'pending' }).expect(200);
    expect(outgoing.body.outgoing.map((link: { id: string }) => link.id)).toEqual([requestId]);
    expect((await dijon.agent.get('/api/party-links').expect(200)).body).toEqual({
      incoming: [],
      outgoing: [],
    });
  });

  it('holds a re-link of a party of the writer’s own convention too', async () => {
    const own = await cergy.agent.post('/api/conventions').send(plantedBy(cergy, null)).expect(201);
    const relinked = await cergy.agent
      .patch(`/api/conventions/${own.body.id}`)
      .send({ parties: plantedBy(cergy, antony).parties })
      .expect(200);
    expect(relinked.body.parties[1].organizationId).toBeNull();
    await antony.agent.get(`/api/conventions/${own.body.id}`).expect(404);
    const incoming = (await antony.agent.get('/api/party-links').query({ status: 'pending' }).expect(200))
      .body.incoming;
    expect(incoming.map((link: { conventionId: string }) => link.conventionId).sort()).toEqual(
      [own.body.id, planted.id].sort(),
    );
    // Refused: the convention stays out of sight.
    const second = incoming.find((link: { conventionId: string }) => link.conventionId === own.body.id);
    const refused = await antony.agent.post(`/api/party-links/${second.id}/refuse`).expect(200);
    expect(refused.body.status).toBe('refused');
    await antony.agent.get(`/api/conventions/${own.body.id}`).expect(404);
    await antony.agent.post(`/api/party-links/${second.id}/accept`).expect(409);
  });

  it('lets only the named organization’s officers answer', async () => {
    await antonyViewer.agent.post(`/api/party-links/${requestId}/accept`).expect(403);
    await cergy.agent.post(`/api/party-links/${requestId}/accept`).expect(404);
    await dijon.agent.post(`/api/party-links/${requestId}/accept`).expect(404);
    await antony.agent.post('/api/party-links/00000000-0000-0000-0000-000000000000/accept').expect(404);
    await antony.agent.get(`/api/conventions/${planted.id}`).expect(404);
  });

  it('links on acceptance: then the convention is seen and its mails name who wrote it, without links a viewer cannot use', async () => {
    const accepted = await antony.agent.post(`/api/party-links/${requestId}/accept`).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', organizationName: 'Antony' });
    await antony.agent.post(`/api/party-links/${requestId}/accept`).expect(409);
    const seen = await antony.agent.get(`/api/conventions/${planted.id}`).expect(200);
    expect(seen.body.parties[1].organizationId).toBe(antony.organizationId);
    const history = await antony.agent.get(`/api/conventions/${planted.id}/history`).expect(200);
    expect(
      history.body.map((entry: { action: string; entity: string }) => `${entry.entity}.${entry.action}`),
    ).toEqual(expect.arrayContaining(['party_link.request', 'party_link.accept']));

    sink.clear();
    // Issue 19: the acceptance scheduled, in its transaction, what the new followers are owed,
    // as one welcome mail each at their 08:00 (07:00 UTC here), not a catch-up per deadline.
    t.clock.set(new Date('2026-01-08T07:00:00Z'));
    await sweepAndDispatch();
    t.clock.set(new Date('2026-01-08T06:00:00Z'));
    const toOfficer = mailsTo(antony);
    const toViewer = mailsTo(antonyViewer);
    expect(toOfficer.map((mail) => mail.subject)).toEqual([expect.stringContaining('Bienvenue')]);
    expect(toViewer.map((mail) => mail.subject)).toEqual([expect.stringContaining('Bienvenue')]);
    for (const mail of [...toOfficer, ...toViewer]) {
      expect(mail.text).toContain('Saisie par : Cergy');
      expect(String(mail.html)).toContain('Cergy');
    }
    expect(toOfficer.some((mail) => String(mail.text).includes('/api/deadline-actions/'))).toBe(true);
    for (const mail of toViewer) {
      expect(mail.text).not.toContain('/api/deadline-actions/');
      expect(String(mail.html)).not.toContain('/api/deadline-actions/');
    }
  });

  it('lets an admin link directly, audited', async () => {
    const doc = plantedBy(cergy, antony, { title: 'Convention saisie par l’administration' });
    const created = await t.api.post('/api/conventions').send(doc).expect(201);
    expect(created.body.parties[1].organizationId).toBe(antony.organizationId);
    await antony.agent.get(`/api/conventions/${created.body.id}`).expect(200);
    const audit = await t.api.get('/api/admin/audit').query({ entity: 'party_link' }).expect(200);
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'link_direct',
          conventionId: created.body.id,
          after: expect.objectContaining({ party: 'Antony', organizationId: antony.organizationId }),
        }),
      ]),
    );
  });

  it('withdraws a pending request whose party the writer removed', async () => {
    const created = await cergy.agent.post('/api/conventions').send(plantedBy(cergy, dijon)).expect(201);
    const [pending] = (await dijon.agent.get('/api/party-links').query({ status: 'pending' }).expect(200))
      .body.incoming;
    await cergy.agent
      .patch(`/api/conventions/${created.body.id}`)
      .send({ parties: plantedBy(cergy, null).parties.filter((party) => party.name !== 'Antony') })
      .expect(200);
    const after = (await dijon.agent.get('/api/party-links').expect(200)).body.incoming;
    expect(after.find((link: { id: string }) => link.id === pending.id)?.status).toBe('withdrawn');
    await dijon.agent.post(`/api/party-links/${pending.id}/accept`).expect(409);
  });
});
