import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

describe('deadlines, compliance and calendar routes (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  const query = (sql: string, params: unknown[] = []) => t.sql(sql, params);

  const create = async (overrides = {}) =>
    (await t.api.post('/api/conventions').send(aConvention(overrides)).expect(201)).body as {
      id: string;
      reference: string;
    };

  it('lists a convention’s deadlines in a window, sorted, with statuses against the clock', async () => {
    const { id } = await create();
    const response = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2025-09-01', to: '2027-01-31' })
      .expect(200);
    expect(
      response.body.map((d: { kind: string; dueOn: string; status: string }) => [d.kind, d.dueOn, d.status]),
    ).toEqual([
      // A renewal notice whose day passed with no notice lapsed (the convention renewed): never overdue.
      ['renewal_notice', '2025-10-02', 'lapsed'],
      ['action_plan', '2025-12-31', 'overdue'],
      ['committee_meeting', '2025-12-31', 'overdue'],
      ['expiry', '2026-01-02', 'done'],
      ['tacit_renewal', '2026-01-03', 'done'],
      ['action_plan', '2026-12-31', 'upcoming'],
      ['committee_meeting', '2026-12-31', 'upcoming'],
    ]);
    expect(response.body[0]).toMatchObject({
      title: 'Préavis de non-reconduction',
      source: { article: '7' },
    });
    const english = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2025-10-01', to: '2025-10-31', lang: 'en' })
      .expect(200);
    expect(english.body[0].title).toBe('Non-renewal notice');
  });

  it('refuses windows that end before they start or span more than 50 years', async () => {
    const { id } = await create();
    for (const path of [`/api/conventions/${id}/deadlines`, '/api/calendar']) {
      const backwards = await t.api.get(path).query({ from: '2026-01-01', to: '2025-12-31' }).expect(400);
      expect(backwards.body.message).toContain('to');
      const tooLong = await t.api.get(path).query({ from: '2000-01-01', to: '2050-01-02' }).expect(400);
      expect(tooLong.body.message).toContain('50 years');
      const impossible = await t.api.get(path).query({ from: '2025-02-30', to: '2025-12-31' }).expect(400);
      expect(impossible.body.message).toContain('from');
    }
  });

  it('records done and waived deadlines, audits them, and keeps them through recomputation', async () => {
    const { id } = await create();
    const done = await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/done`)
      .send({
        doneOn: '2025-12-10',
        note: 'Programme 2026 validé en comité',
        evidenceUrl: 'https://ville.example/pv-2025.pdf',
      })
      .expect(200);
    expect(done.body).toMatchObject({ state: 'done', doneOn: '2025-12-10' });
    // Retried by the client: still one record.
    await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/done`)
      .send({
        doneOn: '2025-12-10',
        note: 'Programme 2026 validé en comité',
        evidenceUrl: 'https://ville.example/pv-2025.pdf',
      })
      .expect(200);
    await t.api
      .post(`/api/conventions/${id}/deadlines/committee_meeting/2025-12-31/waive`)
      .send({ reason: 'Comité reporté d’un commun accord' })
      .expect(200);
    expect(
      await query('SELECT count(*)::int AS n FROM deadline_records WHERE convention_id = $1', [id]),
    ).toEqual([{ n: 2 }]);

    // A change to the convention recomputes the deadlines; the records stay.
    await t.api.patch(`/api/conventions/${id}`).send({ title: 'Renommée' }).expect(200);
    const after = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2025-12-01', to: '2025-12-31' })
      .expect(200);
    expect(after.body.map((d: { kind: string; status: string }) => [d.kind, d.status])).toEqual([
      ['action_plan', 'done'],
      ['committee_meeting', 'waived'],
    ]);
    expect(after.body[0].record).toMatchObject({
      note: 'Programme 2026 validé en comité',
      evidenceUrl: 'https://ville.example/pv-2025.pdf',
    });

    const audit = await query(
      `SELECT action, entity, entity_id FROM audit_log WHERE convention_id = $1 AND entity = 'deadline_record' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'create', entity: 'deadline_record', entity_id: 'action_plan:2025-12-31' },
      { action: 'update', entity: 'deadline_record', entity_id: 'action_plan:2025-12-31' },
      { action: 'create', entity: 'deadline_record', entity_id: 'committee_meeting:2025-12-31' },
    ]);

    await t.api.delete(`/api/conventions/${id}/deadlines/committee_meeting/2025-12-31/record`).expect(204);
    const reopened = await t.api
      .get(`/api/conventions/${id}/deadlines`)
      .query({ from: '2025-12-31', to: '2025-12-31' })
      .expect(200);
    expect(reopened.body.find((d: { kind: string }) => d.kind === 'committee_meeting').status).toBe(
      'overdue',
    );
  });

  it('refuses to record a deadline the convention does not have, or without its evidence', async () => {
    const { id } = await create();
    await t.api.post(`/api/conventions/${id}/deadlines/action_plan/2025-12-30/done`).send({}).expect(404);
    await t.api.post(`/api/conventions/${id}/deadlines/holiday/2025-12-31/done`).send({}).expect(400);
    const noReason = await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/waive`)
      .send({})
      .expect(400);
    expect(noReason.body.message).toContain('reason');
    const badLink = await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/done`)
      .send({ evidenceUrl: 'javascript:alert(1)' })
      .expect(400);
    expect(badLink.body.message).toContain('evidenceUrl');
    const future = await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/done`)
      .send({ doneOn: '2027-01-01' })
      .expect(400);
    expect(future.body.message).toContain('doneOn');
  });

  it('answers the compliance checklist in French and English', async () => {
    const { id } = await create();
    const french = await t.api.get(`/api/conventions/${id}/compliance`).expect(200);
    const byRule = (body: Array<{ rule: string; ok: boolean; detail: string }>, rule: string) =>
      body.filter((item) => item.rule === rule);
    expect(byRule(french.body, 'prefecture_transmission')).toEqual([
      expect.objectContaining({ ok: true, detail: expect.stringContaining('3 janvier 2023') }),
    ]);
    expect(byRule(french.body, 'signatures_recorded').every((item) => !item.ok)).toBe(true);
    // The 2026 plan was due by 31 December 2025 and nobody marked it done.
    expect(byRule(french.body, 'action_plan_current_year')[0]).toMatchObject({
      ok: false,
      detail: expect.stringContaining('31 décembre 2025'),
    });
    await t.api
      .post(`/api/conventions/${id}/deadlines/action_plan/2025-12-31/done`)
      .send({ doneOn: '2025-12-15' })
      .expect(200);
    const afterPlan = await t.api.get(`/api/conventions/${id}/compliance`).expect(200);
    expect(byRule(afterPlan.body, 'action_plan_current_year')[0]).toMatchObject({ ok: true });
    const english = await t.api
      .get(`/api/conventions/${id}/compliance`)
      .set('accept-language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(byRule(english.body, 'prefecture_transmission')[0].detail).toContain('3 January 2023');
  });

  it('serves the calendar across conventions, beyond the stored horizon too', async () => {
    const marker = `CAL${Date.now()}`;
    const indefinite = await create({
      reference: `${marker}-INDEF`,
      clauses: {
        term: { start: 'effective_date', indefinite: true },
        committee: { minMeetingsPerYear: 1 },
      },
    });
    const month = await t.api
      .get('/api/calendar')
      .query({ from: '2026-12-01', to: '2026-12-31' })
      .expect(200);
    const mine = month.body.filter((item: { reference: string }) => item.reference === `${marker}-INDEF`);
    expect(mine).toEqual([
      expect.objectContaining({
        conventionId: indefinite.id,
        kind: 'committee_meeting',
        dueOn: '2026-12-31',
        status: 'upcoming',
        title: expect.stringContaining('comité'),
      }),
    ]);
    // The deadlines are stored ten years ahead; 2060 is computed on the fly, and the same.
    const far = await t.api.get('/api/calendar').query({ from: '2060-01-01', to: '2060-12-31' }).expect(200);
    expect(
      far.body
        .filter((item: { reference: string }) => item.reference === `${marker}-INDEF`)
        .map((item: { dueOn: string }) => item.dueOn),
    ).toEqual(['2060-12-31']);
    const stored = await query('SELECT max(due_on)::text AS last FROM deadlines WHERE convention_id = $1', [
      indefinite.id,
    ]);
    expect(stored[0].last <= '2036-12-31').toBe(true);
  });

  it('filters the calendar by convention, country and kind on the server, and leaves quotes out unless asked', async () => {
    const marker = `FLT${Date.now()}`;
    const tiznit = await create({ reference: `${marker}-A` });
    const other = await create({
      reference: `${marker}-B`,
      // The same parties, the partner moved to Spain.
      parties: aConvention().parties.map((party, index) =>
        index === 1 ? { ...party, country: 'ES' } : party,
      ),
    });
    const window = { from: '2025-10-01', to: '2025-12-31' };
    type Item = { reference: string; conventionId: string; kind: string };
    const mine = (body: Item[]) => body.filter((item) => item.reference.startsWith(marker));

    const all = await t.api.get('/api/calendar').query(window).expect(200);
    expect(mine(all.body).length).toBeGreaterThan(2);
    expect(all.body.every((item: object) => !('source' in item))).toBe(true);

    const withSources = await t.api
      .get('/api/calendar')
      .query({ ...window, include: 'source' })
      .expect(200);
    expect(
      mine(withSources.body).find((item: { kind: string }) => item.kind === 'renewal_notice'),
    ).toMatchObject({
      source: { article: '7', quote: 'préavis de trois mois' },
    });

    const byConvention = await t.api
      .get('/api/calendar')
      .query({ ...window, conventionId: other.id })
      .expect(200);
    expect(byConvention.body.map((item: { conventionId: string }) => item.conventionId)).toEqual(
      byConvention.body.map(() => other.id),
    );
    expect(byConvention.body.length).toBeGreaterThan(0);

    const moroccan = await t.api
      .get('/api/calendar')
      .query({ ...window, country: 'MA' })
      .expect(200);
    expect(mine(moroccan.body).map((item: { conventionId: string }) => item.conventionId)).not.toContain(
      other.id,
    );
    expect(mine(moroccan.body).map((item: { conventionId: string }) => item.conventionId)).toContain(
      tiznit.id,
    );

    const notices = await t.api
      .get('/api/calendar')
      .query({ ...window, kind: 'renewal_notice' })
      .expect(200);
    expect(new Set(notices.body.map((item: { kind: string }) => item.kind))).toEqual(
      new Set(['renewal_notice']),
    );

    for (const [field, value] of [
      ['kind', 'birthday'],
      ['country', 'France'],
      ['conventionId', 'nope'],
      ['include', 'everything'],
    ]) {
      const refused = await t.api
        .get('/api/calendar')
        .query({ ...window, [field]: value })
        .expect(400);
      expect(JSON.stringify(refused.body)).toContain(field);
    }
  });

  it('materialises deadlines on create, recomputes them on change and drops them on delete', async () => {
    const { id } = await create();
    const before = await query(
      `SELECT kind, due_on::text FROM deadlines WHERE convention_id = $1 AND due_on <= '2026-01-03' ORDER BY due_on, kind`,
      [id],
    );
    expect(before.map((row) => `${row.kind} ${row.due_on}`)).toContain('renewal_notice 2025-10-02');
    await t.api
      .patch(`/api/conventions/${id}`)
      .send({ clauses: { termination: { anyTime: true, noticeMonths: 6 } } })
      .expect(200);
    const after = await query(
      `SELECT due_on::text FROM deadlines WHERE convention_id = $1 AND kind = 'renewal_notice' AND due_on < '2026-01-01'`,
      [id],
    );
    expect(after).toEqual([{ due_on: '2025-07-02' }]);
    await t.api.delete(`/api/conventions/${id}`).expect(204);
    expect(await query('SELECT count(*)::int AS n FROM deadlines WHERE convention_id = $1', [id])).toEqual([
      { n: 0 },
    ]);
  });
});
