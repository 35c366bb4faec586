import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A sweep gives every reminder of a zone the same next_attempt_at. The dispatcher's claim (the
 * first pending row by next_attempt_at, then id) must read one row from an index, not sort every
 * pending row on each mail: that made a 3,500-mail dispatch quadratic (67 ms a claim, issue 20).
 */
describe('reminder claim order (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  it('finds the next pending reminder in the index, with no sort, when a whole sweep shares its time', async () => {
    const { id } = (await t.api.post('/api/conventions').send(aConvention()).expect(201)).body as {
      id: string;
    };
    const [{ id: userId }] = await t.sql(`SELECT id FROM users ORDER BY created_at LIMIT 1`);
    await t.sql(
      `INSERT INTO reminders (convention_id, kind, due_on, step, recipient_id, days_left, send_at, next_attempt_at)
       SELECT $1, 'expiry', date '2027-01-01' + n, 'j30', $2, 30, '2026-11-23 07:00+00', '2026-11-23 07:00+00'
         FROM generate_series(1, 5000) AS n`,
      [id, userId],
    );
    await t.sql('ANALYZE reminders');
    const [{ 'QUERY PLAN': plan }] = await t.sql(
      `EXPLAIN (FORMAT JSON) SELECT r.id FROM reminders r
        WHERE r.status = 'pending' AND r.next_attempt_at <= $1 AND r.send_at <= $1
        ORDER BY r.next_attempt_at, r.id LIMIT 1 FOR UPDATE OF r SKIP LOCKED`,
      [new Date('2026-11-23T09:00:00Z')],
    );
    const nodes = JSON.stringify(plan);
    expect(nodes).not.toMatch(/"Node Type":"(Incremental )?Sort"/);
    expect(nodes).toMatch(/"Index Name":"reminders_claim_idx"/);
  });
});
