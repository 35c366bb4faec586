import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';
import { asOfficer, User, VLG } from './officer-conventions';

jest.setTimeout(60_000);

/**
 * SQL statements per governance request, counted on pg's Client (every statement TypeORM sends,
 * BEGIN/COMMIT and the sign-in's session lookup included). The ceilings are today's counts: a
 * change that adds queries to a request fails here and says which one.
 */
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
    process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
    expect(Object.keys(counts)).toHaveLength(13);
  });
});
