import * as fs from 'node:fs';
import * as path from 'node:path';
import { DispatchRemindersUseCase, SweepRemindersUseCase } from '@passerelle/application';
import { ConventionDocument } from '@passerelle/domain';
import { SmtpSink } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

const vlgSeed = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', 'seeds', 'conventions', 'villeneuve-la-garenne-tiznit.json'),
    'utf8',
  ),
) as ConventionDocument;

/** The VLG – Tiznit renewal notice of 2 October 2025: J-30 on 2 September, escalated 7 days late. */
const NOTICE = 'renewal_notice/2025-10-02';

describe('deadline owners: lead officer, named owner, my deadlines, reminders (real PostgreSQL and SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  type User = Awaited<ReturnType<TestApp['newUser']>>;
  let ana: User;
  let bruno: User;
  let elu: User;
  let stranger: User;
  let id: string;

  beforeAll(async () => {
    sink = new SmtpSink();
    t = await startTestApp({ now: '2025-09-01T10:00:00Z', env: { SMTP_URL: await sink.start() } });
    ana = await t.newUser('officer', { name: 'Villeneuve-la-Garenne', country: 'FR' });
    bruno = await t.newUser('officer', { id: ana.organizationId });
    elu = await t.newUser('viewer', { id: ana.organizationId });
    stranger = await t.newUser('officer', { name: 'Ailleurs', country: 'FR' });
    const doc = {
      ...vlgSeed,
      // Dated as before the seed followed its text (after_approvals, visa pending): in force since the receipt.
      effectiveOn: '2023-01-03',
      clauses: { ...vlgSeed.clauses, evaluation: { ...vlgSeed.clauses.evaluation!, annual: false } },
      parties: vlgSeed.parties.map((party) =>
        party.country === 'FR' ? { ...party, organizationId: ana.organizationId } : party,
      ),
    };
    id = (await ana.agent.post('/api/conventions').send(doc).expect(201)).body.id;
    // Older tasks out of the way: only the notice is reminded here.
    for (const kind of ['action_plan', 'committee_meeting'])
      await ana.agent.post(`/api/conventions/${id}/deadlines/${kind}/2024-12-31/done`).send({}).expect(200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('lists who may own deadlines, and nobody leads at first', async () => {
    const { body } = await elu.agent.get(`/api/conventions/${id}/owners`).expect(200);
    expect(body).toMatchObject({ organizationId: ana.organizationId, lead: null, owners: [] });
    expect(body.officers.map((officer: { userId: string }) => officer.userId).sort()).toEqual(
      [ana.userId, bruno.userId].sort(),
    );
    await stranger.agent.get(`/api/conventions/${id}/owners`).expect(404);
  });

  it('refuses bad input with a 4xx naming the field, and writes nothing', async () => {
    const refused = await ana.agent
      .put(`/api/conventions/${id}/lead-officer`)
      .send({ userId: elu.userId })
      .expect(400);
    expect(refused.body.message).toContain('userId');
    await ana.agent.put(`/api/conventions/${id}/lead-officer`).send({ userId: stranger.userId }).expect(400);
    await ana.agent.put(`/api/conventions/${id}/lead-officer`).send({ userId: 'nope' }).expect(400);
    await ana.agent.put(`/api/conventions/${id}/lead-officer`).send({}).expect(400);
    await elu.agent.put(`/api/conventions/${id}/lead-officer`).send({ userId: ana.userId }).expect(403);
    await ana.agent
      .put(`/api/conventions/${id}/deadlines/expiry/2031-02-30/owner`)
      .send({ userId: null })
      .expect(400);
    const missing = await ana.agent
      .put(`/api/conventions/${id}/deadlines/renewal_notice/2025-10-03/owner`)
      .send({ userId: bruno.userId })
      .expect(404);
    expect(missing.body.message).toContain('renewal_notice');
    expect(await t.sql('SELECT * FROM deadline_owners')).toEqual([]);
    expect(await t.sql('SELECT * FROM convention_leads')).toEqual([]);
  });

  it('makes Ana the lead, names Bruno on the notice once (a retry writes nothing), audited', async () => {
    const lead = await ana.agent
      .put(`/api/conventions/${id}/lead-officer`)
      .send({ userId: ana.userId })
      .expect(200);
    expect(lead.body.lead).toMatchObject({ userId: ana.userId });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { body } = await ana.agent
        .put(`/api/conventions/${id}/deadlines/${NOTICE}/owner`)
        .send({ userId: bruno.userId })
        .expect(200);
      expect(body).toMatchObject({
        kind: 'renewal_notice',
        dueOn: '2025-10-02',
        byDefault: false,
        owner: { userId: bruno.userId },
      });
    }
    const audit = await t.sql(
      `SELECT action, actor, after FROM audit_log WHERE convention_id = $1 AND entity = 'deadline_owner'`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'deadline_owner',
      actor: ana.email,
      after: { userId: bruno.userId },
    });
    const { body } = await ana.agent.get(`/api/conventions/${id}/owners`).expect(200);
    expect(body.owners).toEqual([
      { kind: 'renewal_notice', dueOn: '2025-10-02', userId: bruno.userId, name: expect.any(String) },
    ]);
  });

  it('puts the notice in Bruno’s deadlines, and the rest of the convention’s tasks in Ana’s', async () => {
    const brunos = (await bruno.agent.get('/api/me/deadlines').expect(200)).body;
    expect(brunos.items.map((item: { kind: string; dueOn: string }) => `${item.kind}/${item.dueOn}`)).toEqual(
      [NOTICE],
    );
    const anas = (await ana.agent.get('/api/me/deadlines').expect(200)).body;
    expect(anas.items.map((item: { kind: string }) => item.kind)).not.toContain('renewal_notice');
    expect((await elu.agent.get('/api/me/deadlines').expect(200)).body).toEqual({ total: 0, items: [] });
  });

  it('writes the J-30 to the owner alone, then to every follower from the escalation step', async () => {
    const sweep = () => t.app.get(SweepRemindersUseCase).execute();
    const dispatch = () => t.app.get(DispatchRemindersUseCase).execute();
    t.clock.set(new Date('2025-09-02T06:00:00Z'));
    await sweep();
    await dispatch();
    // The J-30 step itself goes to the owner alone (the creation, before anyone owned the notice,
    // had sent every follower its catch-up: that is the J-60's, not this step).
    const j30 = await t.sql(
      `SELECT recipient_id, status FROM reminders WHERE convention_id = $1 AND kind = 'renewal_notice' AND step = 'lead:30'`,
      [id],
    );
    expect(j30).toEqual([{ recipient_id: bruno.userId, status: 'sent' }]);

    sink.clear();
    t.clock.set(new Date('2025-10-09T06:00:00Z'));
    await sweep();
    await dispatch();
    // Seven days after its day the notice has lapsed (the convention renewed, CONTRACT §7): no
    // overdue step, so nothing to escalate. Escalation to every follower from the owner is the
    // sweep's unit spec (a renewal decision, which can be late).
    const escalated = sink.messages.filter((mail) => /2 octobre 2025/.test(mail.subject ?? ''));
    expect(escalated).toEqual([]);
  });

  it('gives the deadline back to the lead with null', async () => {
    // Back within the sessions' lifetime.
    t.clock.set(new Date('2025-09-01T10:00:00Z'));
    const { body } = await ana.agent
      .put(`/api/conventions/${id}/deadlines/${NOTICE}/owner`)
      .send({ userId: null })
      .expect(200);
    expect(body).toMatchObject({ byDefault: true, owner: { userId: ana.userId } });
    const anas = (await ana.agent.get('/api/me/deadlines').expect(200)).body;
    expect(anas.items).toEqual([
      expect.objectContaining({ kind: 'renewal_notice', dueOn: '2025-10-02', byDefault: true }),
    ]);
    const history = (await ana.agent.get(`/api/conventions/${id}/history`).expect(200)).body as Array<{
      action: string;
    }>;
    expect(history.filter((entry) => entry.action === 'deadline_owner')).toHaveLength(2);
  });
});
