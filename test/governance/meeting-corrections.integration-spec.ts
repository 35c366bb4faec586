import { startTestApp, TestApp } from '../support/test-app';
import { asOfficer, User, VLG } from './officer-conventions';

jest.setTimeout(60_000);

const SIGNATORIES = ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'];

/** PATCH and DELETE /api/meetings/:id: an officer corrects or removes a meeting until its minutes are executory. */
describe('correcting and deleting a committee meeting (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: User;
  let viewer: User;
  let stranger: User;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-13T09:00:00Z' });
    officer = await t.newUser('officer', { name: VLG, country: 'FR', timezone: 'Europe/Paris' });
    viewer = await t.newUser('viewer', { id: officer.organizationId });
    stranger = await t.newUser('officer', { name: 'Dijon', country: 'FR', timezone: 'Europe/Paris' });
  });
  afterAll(() => t.close());

  const { vlgTiznit, deadlines } = asOfficer(() => officer);
  const committee = async (id: string) =>
    (await deadlines(id, '2026-01-01', '2026-12-31')).find((d) => d.kind === 'committee_meeting');
  const log = async (id: string, heldOn: string, extra: Record<string, unknown> = {}) =>
    (
      await officer.agent
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn, city: VLG, country: 'FR', hostParty: VLG, ...extra })
        .expect(201)
    ).body as { id: string };
  const audit = async (entityId: string) =>
    (await t.sql('SELECT action, actor FROM audit_log WHERE entity_id = $1 ORDER BY id', [entityId])).map(
      (row) => `${String(row.action)} ${String(row.actor)}`,
    );

  it('corrects the place, agenda and attendees, naming the bad field, and audits the change', async () => {
    const { id } = await vlgTiznit();
    const meeting = await log(id, '2026-03-12', { agenda: [{ title: 'Bilan' }] });

    const corrected = await officer.agent
      .patch(`/api/meetings/${meeting.id}`)
      .send({
        city: 'Tiznit',
        country: 'MA',
        hostParty: 'tiznit',
        agenda: [{ title: 'Bilan 2025' }, { title: 'Jumelage des écoles' }],
        attendees: [{ party: 'Tiznit', name: 'Abdellah Ghazi', role: 'Président' }],
      })
      .expect(200);
    // Answered as GET answers it; the party named as in the document.
    expect(corrected.body).toMatchObject({
      id: meeting.id,
      heldOn: '2026-03-12',
      city: 'Tiznit',
      country: 'MA',
      hostParty: 'Tiznit',
      agenda: [{ title: 'Bilan 2025' }, { title: 'Jumelage des écoles' }],
      attendees: [{ party: 'Tiznit', name: 'Abdellah Ghazi' }],
      decisions: [],
      minutes: [],
    });
    expect((await officer.agent.get(`/api/meetings/${meeting.id}`).expect(200)).body.city).toBe('Tiznit');

    for (const [body, field] of [
      [{ hostParty: 'Paris' }, 'hostParty'],
      [{ attendees: [{ party: 'Paris', name: 'X' }] }, 'attendees[0].party'],
      [{ heldOn: '2026-02-30' }, 'heldOn'],
      [{ country: 'France' }, 'country'],
      [{ city: '   ' }, 'city'],
      [{ agenda: 'Bilan' }, 'agenda'],
    ] as const) {
      const refused = await officer.agent.patch(`/api/meetings/${meeting.id}`).send(body).expect(400);
      expect(refused.body.message).toContain(field);
    }
    // Nothing half-written by the refusals; the same PATCH again writes nothing more.
    await officer.agent.patch(`/api/meetings/${meeting.id}`).send({ city: 'Tiznit' }).expect(200);
    expect(await audit(meeting.id)).toEqual([`create ${officer.email}`, `update ${officer.email}`]);

    await viewer.agent.patch(`/api/meetings/${meeting.id}`).send({ city: 'Paris' }).expect(403);
    await stranger.agent.patch(`/api/meetings/${meeting.id}`).send({ city: 'Paris' }).expect(404);
    await viewer.agent.delete(`/api/meetings/${meeting.id}`).expect(403);
    await stranger.agent.delete(`/api/meetings/${meeting.id}`).expect(404);
  });

  it('moves the committee deadline with the date, and frees it when the meeting is deleted', async () => {
    const { id } = await vlgTiznit();
    const meeting = await log(id, '2026-03-12');
    expect(await committee(id)).toMatchObject({ dueOn: '2026-12-31', status: 'done' });
    const other = await log(id, '2026-03-10', { city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' });

    // Another meeting holds that day: 409 naming heldOn, nothing written.
    const taken = await officer.agent
      .patch(`/api/meetings/${meeting.id}`)
      .send({ heldOn: '2026-03-10' })
      .expect(409);
    expect(taken.body.message).toContain('heldOn');

    // The deadline was recorded done on 12 March, by this meeting: moved to 11 March, the record
    // passes to the earliest meeting still in the year (10 March), not a day no meeting was held.
    await officer.agent.patch(`/api/meetings/${meeting.id}`).send({ heldOn: '2026-03-11' }).expect(200);
    expect(await committee(id)).toMatchObject({ status: 'done', record: { doneOn: '2026-03-10' } });

    // Deleting both meetings: the year's committee deadline is open again.
    await officer.agent.delete(`/api/meetings/${meeting.id}`).expect(204);
    await officer.agent.get(`/api/meetings/${meeting.id}`).expect(404);
    await officer.agent.delete(`/api/meetings/${meeting.id}`).expect(404);
    expect(await committee(id)).toMatchObject({ status: 'done' });
    await officer.agent.delete(`/api/meetings/${other.id}`).expect(204);
    expect((await committee(id))?.status).not.toBe('done');
    expect(await audit(meeting.id)).toEqual([
      `create ${officer.email}`,
      `update ${officer.email}`,
      `delete ${officer.email}`,
    ]);
    expect(await audit('committee_meeting:2026-12-31')).toContain(`delete ${officer.email}`);
  });

  it('deletes decisions and unsigned minutes with the meeting; refuses once the minutes are executory', async () => {
    const { id } = await vlgTiznit();
    const draftMeeting = await log(id, '2026-03-05', { agenda: [{ title: 'Bilan' }, { title: 'Écoles' }] });
    await officer.agent
      .post(`/api/meetings/${draftMeeting.id}/decisions`)
      .send({
        subject: 'Jumelage des écoles',
        agendaItem: 1,
        votes: [
          { party: VLG, vote: 'for' },
          { party: 'Tiznit', vote: 'for' },
        ],
      })
      .expect(201);
    // A decision answers item 2: the agenda cannot lose it.
    const shorter = await officer.agent
      .patch(`/api/meetings/${draftMeeting.id}`)
      .send({ agenda: [{ title: 'Bilan' }] })
      .expect(400);
    expect(shorter.body.message).toContain('agenda');
    const minutes = (
      await officer.agent.post(`/api/meetings/${draftMeeting.id}/minutes`).send({ text: 'PV' }).expect(201)
    ).body as { id: string };
    await officer.agent
      .post(`/api/minutes/${minutes.id}/signatures`)
      .send({ signatory: SIGNATORIES[0], on: '2026-03-06' })
      .expect(201);
    // Signed on 6 March: the meeting cannot be dated after that.
    const late = await officer.agent
      .patch(`/api/meetings/${draftMeeting.id}`)
      .send({ heldOn: '2026-03-07' })
      .expect(400);
    expect(late.body.message).toContain('heldOn');

    // One of two signatures: not executory, so the meeting may still go, with what hangs on it.
    await officer.agent.delete(`/api/meetings/${draftMeeting.id}`).expect(204);
    const left = await t.sql(
      `SELECT (SELECT count(*) FROM committee_decisions d JOIN committee_meetings m ON m.id = d.meeting_id WHERE m.convention_id = $1)::int AS decisions,
              (SELECT count(*) FROM meeting_minutes WHERE id = $2)::int AS minutes`,
      [id, minutes.id],
    );
    expect(left).toEqual([{ decisions: 0, minutes: 0 }]);

    const signed = await log(id, '2026-03-12');
    const pv = (
      await officer.agent.post(`/api/meetings/${signed.id}/minutes`).send({ text: 'PV' }).expect(201)
    ).body as { id: string };
    for (const signatory of SIGNATORIES)
      await officer.agent
        .post(`/api/minutes/${pv.id}/signatures`)
        .send({ signatory, on: '2026-03-13' })
        .expect(201);
    const frozen = await officer.agent
      .patch(`/api/meetings/${signed.id}`)
      .send({ city: 'Tiznit' })
      .expect(409);
    expect(frozen.body.message).toContain('minutes');
    const kept = await officer.agent.delete(`/api/meetings/${signed.id}`).expect(409);
    expect(kept.body.message).toContain('executory');
    expect((await officer.agent.get(`/api/meetings/${signed.id}`).expect(200)).body.city).toBe(VLG);
  });
});
