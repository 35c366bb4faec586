import { startTestApp, TestApp } from '../support/test-app';
import { asOfficer, User, VLG } from './officer-conventions';

describe('amendments to the term (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: User;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    officer = await t.newUser('officer', { name: VLG, country: 'FR', timezone: 'Europe/Paris' });
  });
  afterAll(() => t.close());

  const query = (text: string, params: unknown[] = []) => t.sql(text, params);

  const { vlgTiznit, deadlines, brief } = asOfficer(() => officer);

  it('an amendment in force that lengthens the term moves the convention’s end: its status, the list’s filter and the expiry', async () => {
    const reference = `AMEND-TERM-${Date.now()}`;
    const { id } = await vlgTiznit({
      reference,
      effectiveOn: '2024-11-01',
      clauses: {
        term: { start: 'effective_date', durationMonths: 24 },
        renewal: { mode: 'none' },
        termination: null,
      },
    });
    const statusOf = async () => (await officer.agent.get(`/api/conventions/${id}`).expect(200)).body.status;
    const listed = async (status: string) =>
      (
        await officer.agent.get('/api/conventions').query({ status, q: reference }).expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    expect(await statusOf()).toBe('expired');
    expect(await listed('expired')).toEqual([id]);

    const proposed = await officer.agent
      .post(`/api/conventions/${id}/amendments`)
      .send({
        title: 'Avenant n° 1',
        text: 'La convention est conclue pour trois ans.',
        changes: { term: { durationMonths: 36 } },
      })
      .expect(201);
    for (const party of [VLG, 'Tiznit']) {
      await officer.agent
        .post(`/api/amendments/${proposed.body.id}/approvals`)
        .send({ party, decision: 'approved', on: '2026-11-22' })
        .expect(201);
    }

    expect(await statusOf()).toBe('in_force');
    expect(await listed('in_force')).toEqual([id]);
    expect(await listed('expired')).toEqual([]);
    const [stored] = await query('SELECT ends_on::text FROM conventions WHERE id = $1', [id]);
    expect(stored.ends_on).toBe('2027-10-31');
    expect(brief(await deadlines(id, '2027-10-01', '2027-11-30'))).toContain('expiry 2027-10-31 upcoming');
  });
});
