import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';
import { asOfficer, User, VLG } from './officer-conventions';

jest.setTimeout(60_000);

/**
 * SQL statements per governance request, counted on pg's Client (every statement TypeORM sends,
 * BEGIN/COMMIT and the sign-in's session lookup included). Before the guard handed the convention
 * to the use case, access was resolved twice per request (BEFORE); the ceilings are the counts
 * since: a change that adds queries to a request fails here and names it.
 */
const BEFORE: Record<string, number> = {
  'POST /conventions/:id/meetings': 32,
  'GET /conventions/:id/meetings': 12,
  'GET /meetings/:id': 18,
  'POST /meetings/:id/decisions': 23,
  'POST /meetings/:id/minutes': 31,
  'POST /minutes/:id/signatures': 28,
  'GET /minutes/:id': 15,
  'POST /conventions/:id/amendments': 27,
  'POST /amendments/:id/approvals': 27,
  'GET /conventions/:id/amendments': 8,
  'POST /meetings/:id/action-plans': 26,
  'GET /conventions/:id/action-plans': 8,
  'GET /meetings/:id (unknown)': 2,
};
// A write that moves deadlines also schedules their due reminder steps (issue 12): five statements
// (open deadlines, recipients, owners, lead times, insert) on the four writes that rematerialise.
// Writes that reschedule reminders pay two statements more since issue 18: their organizations
// locked, and their own deadlines (apd_declaration) read to see whether they changed.
const CEILING: Record<string, number> = {
  'POST /conventions/:id/meetings': 36,
  'GET /conventions/:id/meetings': 9,
  'GET /meetings/:id': 14,
  'POST /meetings/:id/decisions': 19,
  'POST /meetings/:id/minutes': 34,
  'POST /minutes/:id/signatures': 24,
  'GET /minutes/:id': 11,
  'POST /conventions/:id/amendments': 31,
  'POST /amendments/:id/approvals': 30,
  'GET /conventions/:id/amendments': 5,
  'POST /meetings/:id/action-plans': 22,
  'GET /conventions/:id/action-plans': 5,
  'GET /meetings/:id (unknown)': 2,
};
describe('queries per governance request (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: User;
  let statements = 0;
  const query = Client.prototype.query;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-13T09:00:00Z' });
    officer = await t.newUser('officer', { name: VLG, country: 'FR', timezone: 'Europe/Paris' });
    Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
      statements += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  });
  afterAll(async () => {
    Client.prototype.query = query;
    await t.close();
  });

  const counts: Record<string, number> = {};
  async function counted<T>(name: string, request: () => Promise<T>): Promise<T> {
    statements = 0;
    const result = await request();
    counts[name] = statements;
    return result;
  }

  it('counts each request', async () => {
    const { vlgTiznit } = asOfficer(() => officer);
    const { id } = await vlgTiznit();
    const agent = () => officer.agent;
    const meeting = await counted('POST /conventions/:id/meetings', () =>
      agent()
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn: '2026-03-12', city: VLG, country: 'FR', hostParty: VLG })
        .expect(201),
    );
    const meetingId = meeting.body.id as string;
    await counted('GET /conventions/:id/meetings', () =>
      agent().get(`/api/conventions/${id}/meetings`).expect(200),
    );
    await counted('GET /meetings/:id', () => agent().get(`/api/meetings/${meetingId}`).expect(200));
    await counted('POST /meetings/:id/decisions', () =>
      agent()
        .post(`/api/meetings/${meetingId}/decisions`)
        .send({
          subject: 'Bilan',
          votes: [
            { party: VLG, vote: 'for' },
            { party: 'Tiznit', vote: 'for' },
          ],
        })
        .expect(201),
    );
    const minutes = await counted('POST /meetings/:id/minutes', () =>
      agent().post(`/api/meetings/${meetingId}/minutes`).send({ text: '# PV' }).expect(201),
    );
    const minutesId = minutes.body.id as string;
    await counted('POST /minutes/:id/signatures', () =>
      agent()
        .post(`/api/minutes/${minutesId}/signatures`)
        .send({ signatory: 'Président de Tiznit', on: '2026-03-13' })
        .expect(201),
    );
    await counted('GET /minutes/:id', () => agent().get(`/api/minutes/${minutesId}`).expect(200));
    const amendment = await counted('POST /conventions/:id/amendments', () =>
      agent()
        .post(`/api/conventions/${id}/amendments`)
        .send({ text: 'Avenant 1', changes: { committee: { minMeetingsPerYear: 2 } } })
        .expect(201),
    );
    await counted('POST /amendments/:id/approvals', () =>
      agent()
        .post(`/api/amendments/${amendment.body.id}/approvals`)
        .send({ party: VLG, decision: 'approved', on: '2026-03-13' })
        .expect(201),
    );
    await counted('GET /conventions/:id/amendments', () =>
      agent().get(`/api/conventions/${id}/amendments`).expect(200),
    );
    await counted('POST /meetings/:id/action-plans', () =>
      agent()
        .post(`/api/meetings/${meetingId}/action-plans`)
        .send({ year: 2026, items: [{ axis: 'Eau', action: 'Puits', leadParty: VLG, status: 'planned' }] })
        .expect(201),
    );
    await counted('GET /conventions/:id/action-plans', () =>
      agent().get(`/api/conventions/${id}/action-plans`).expect(200),
    );
    await counted('GET /meetings/:id (unknown)', () =>
      agent().get('/api/meetings/00000000-0000-4000-8000-000000000000').expect(404),
    );
    const table = Object.keys(CEILING).map((name) => `${name}: ${BEFORE[name]} → ${counts[name]}`);
    if (process.env.SHOW_QUERY_COUNTS) process.stdout.write(`${table.join('\n')}\n`);
    const over = Object.keys(CEILING).filter((name) => !(counts[name] <= CEILING[name]));
    expect(over.map((name) => `${name}: ${counts[name]} > ${CEILING[name]}`)).toEqual([]);
  });
});
