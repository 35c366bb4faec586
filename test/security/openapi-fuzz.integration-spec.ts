import fc from 'fast-check';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import request from 'supertest';
import { closeFingerprint, databaseFingerprint } from './support/database-fingerprint';
import { NASTY_TEXTS, OpenApiDocument, Operation, SchemaArbitraries } from './support/openapi-arbitraries';

type User = Awaited<ReturnType<TestApp['newUser']>>;
type Agent = User['agent'];

/** Written by organization A, searched for in every answer B gets. */
const SECRET = `SECRET-A-${process.pid}`;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);
/** Would end the session the walk runs on, or is not an API route. */
const SKIPPED = new Set(['POST /api/auth/logout', 'GET /health']);
// 37 write routes × 12 bodies, each checked against a database fingerprint: minutes, not seconds,
// on a loaded 2-core machine (60 s timed out at load 30).
jest.setTimeout(300_000);

/** Runs per write route and per query parameter: enough to hit each nasty value, within seconds. */
const BODY_RUNS = Number(process.env.FUZZ_BODY_RUNS ?? 12);
const QUERY_RUNS = Number(process.env.FUZZ_QUERY_RUNS ?? 3);
/** Path segments each route's parameters are given, already URL-encoded (the last: a lone surrogate's bytes). */
const PATH_SEGMENTS = [
  '%00',
  'x'.repeat(5_000),
  '99999999999999999999',
  '00000000-0000-0000-0000-000000000000',
  '%27%20OR%201%3D1%20--',
  '..%2F..',
  '%C3%A4',
  '%ED%A0%80',
];

describe('the OpenAPI document, fuzzed and walked by another organization', () => {
  let t: TestApp;
  let a: User;
  let b: User;
  let document: OpenApiDocument;
  let ids: Record<string, string>;
  const operations: Array<{ method: string; path: string; operation: Operation }> = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    a = await t.newUser('officer', { name: `A ${SECRET}`, country: 'FR' });
    b = await t.newUser('officer', { name: 'B', country: 'FR' });
    const doc = aConvention({ title: `Convention ${SECRET}`, reference: `REF-${SECRET}` });
    doc.parties[0] = { ...doc.parties[0], organizationId: a.organizationId };
    doc.clauses.committee = { minMeetingsPerYear: 1, minutesSignatories: ['Maire'] };
    const convention = (await a.agent.post('/api/conventions').send(doc).expect(201)).body.id as string;
    const meeting = await a.agent
      .post(`/api/conventions/${convention}/meetings`)
      .send({ heldOn: '2026-06-10', city: `Tiznit ${SECRET}`, country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    const minutes = await a.agent
      .post(`/api/meetings/${meeting.body.id}/minutes`)
      .send({ text: `PV ${SECRET}` })
      .expect(201);
    const amendment = await a.agent
      .post(`/api/conventions/${convention}/amendments`)
      .send({ text: `Avenant ${SECRET}`, changes: { committee: { minMeetingsPerYear: 2 } } })
      .expect(201);
    const plan = await a.agent
      .post(`/api/meetings/${meeting.body.id}/action-plans`)
      .send({
        year: 2027,
        items: [{ axis: SECRET, action: 'Forage', leadParty: 'Tiznit', status: 'planned' }],
      })
      .expect(201);
    const evaluation = await a.agent
      .post(`/api/meetings/${meeting.body.id}/evaluations`)
      .send({ period: { from: '2026-01-01', to: '2026-06-30' }, findings: SECRET })
      .expect(201);
    const file = await a.agent
      .post(`/api/conventions/${convention}/documents`)
      .field('kind', 'other')
      .field('title', SECRET)
      .attach('file', Buffer.from(`%PDF-1.4\n${SECRET}\n%%EOF\n`), {
        filename: 'a.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    await a.agent.put(`/api/conventions/${convention}/notes`).send({ text: SECRET }).expect(200);
    // A's pending request to B's neighbour organization C: B must not see it either.
    const c = await t.newUser('officer', { name: 'C', country: 'FR' });
    const asking = aConvention({ title: `Demande ${SECRET}` });
    asking.parties = [
      { ...asking.parties[0], organizationId: a.organizationId },
      { ...asking.parties[1], organizationId: c.organizationId },
    ];
    await a.agent.post('/api/conventions').send(asking).expect(201);
    const link = (await c.agent.get('/api/party-links').expect(200)).body.incoming[0].id as string;
    ids = {
      convention,
      meeting: meeting.body.id,
      minutes: minutes.body.id ?? minutes.body.minutes?.id,
      amendment: amendment.body.id,
      actionPlan: plan.body.id ?? plan.body.plan?.id,
      evaluation: evaluation.body.id ?? evaluation.body.evaluation?.id,
      file: file.body.id,
      link,
      organization: a.organizationId,
    };
    document = (await t.api.get('/api/docs/openapi.json').expect(200)).body;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!SKIPPED.has(`${method.toUpperCase()} ${path}`)) operations.push({ method, path, operation });
      }
    }
  });
  afterAll(async () => {
    await closeFingerprint(t);
    await t.close();
  });

  /** A's resource behind each path parameter, by the route it appears in. */
  function concrete(path: string): string {
    const id = path.startsWith('/api/meetings/')
      ? ids.meeting
      : path.startsWith('/api/minutes/')
        ? ids.minutes
        : path.startsWith('/api/amendments/')
          ? ids.amendment
          : path.startsWith('/api/action-plans/')
            ? ids.actionPlan
            : path.startsWith('/api/evaluations/')
              ? ids.evaluation
              : path.startsWith('/api/files/')
                ? ids.file
                : path.startsWith('/api/party-links/')
                  ? ids.link
                  : path.startsWith('/api/admin/organizations/')
                    ? ids.organization
                    : ids.convention;
    return path.replace('{id}', id).replace('{kind}', 'action_plan').replace('{dueOn}', '2025-12-31');
  }

  const agentFor = (path: string): Agent | null =>
    path.startsWith('/api/admin/') ? t.api : path.startsWith('/api/auth/') ? null : a.agent;
  const send = (agent: Agent | null, method: string, url: string) => {
    const target = agent ?? request(t.http);
    return (target as unknown as Record<string, (url: string) => request.Test>)[method](url);
  };

  it('answers every fuzzed body of every write route below 500, and writes nothing when it refuses', async () => {
    const arbitraries = new SchemaArbitraries(document);
    const writes = operations.filter(({ operation }) => operation.requestBody?.content['application/json']);
    expect(writes.length).toBeGreaterThan(25);
    let baseline = await databaseFingerprint(t);
    const tally = { requests: 0, refused: 0, accepted: 0 };
    for (const { method, path, operation } of writes) {
      const schema = operation.requestBody!.content['application/json'].schema;
      await fc.assert(
        fc.asyncProperty(arbitraries.body(schema), async (body) => {
          const response = await send(agentFor(path), method, concrete(path))
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          tally.requests += 1;
          expect([`${method.toUpperCase()} ${path}`, response.status < 500]).toEqual([
            `${method.toUpperCase()} ${path}`,
            true,
          ]);
          const after = await databaseFingerprint(t);
          if (response.status >= 400) {
            tally.refused += 1;
            expect([`${method.toUpperCase()} ${path}`, response.status, after]).toEqual([
              `${method.toUpperCase()} ${path}`,
              response.status,
              baseline,
            ]);
          } else tally.accepted += 1;
          baseline = after;
        }),
        { numRuns: BODY_RUNS },
      );
      // Whatever came in, no prototype was polluted.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(tally.refused).toBeGreaterThan(tally.requests / 2);
    process.stdout.write(
      `fuzz: ${tally.requests} bodies over ${writes.length} write routes, ${tally.refused} refused\n`,
    );
  });

  it('answers every fuzzed query parameter and path segment below 500', async () => {
    const arbitraries = new SchemaArbitraries(document);
    let cases = 0;
    for (const { method, path, operation } of operations) {
      if (WRITES.has(method)) continue;
      const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      for (const parameter of query) {
        const value = fc.oneof(
          fc.constantFrom(...NASTY_TEXTS),
          arbitraries.valid(parameter.schema ?? {}).map(String),
          fc.array(fc.constantFrom(...NASTY_TEXTS), { minLength: 2, maxLength: 3 }),
        );
        await fc.assert(
          fc.asyncProperty(value, async (given) => {
            const url = `${concrete(path)}?${new URLSearchParams(
              (Array.isArray(given) ? given : [given]).map((item): [string, string] => [
                parameter.name,
                item,
              ]),
            ).toString()}`;
            const response = await send(agentFor(path), method, url);
            cases += 1;
            expect([url, response.status < 500]).toEqual([url, true]);
          }),
          { numRuns: QUERY_RUNS },
        );
        // Bracketed keys (an object in the extended query syntax).
        const bracketed = await send(agentFor(path), method, `${concrete(path)}?${parameter.name}[a]=1`);
        expect([path, parameter.name, bracketed.status < 500]).toEqual([path, parameter.name, true]);
      }
    }
    for (const { method, path } of operations) {
      if (!path.includes('{')) continue;
      for (const segment of PATH_SEGMENTS) {
        const url = path
          .replace('{id}', segment)
          .replace('{kind}', 'action_plan')
          .replace('{dueOn}', '2025-12-31');
        const response = WRITES.has(method)
          ? await send(agentFor(path), method, url).send({})
          : await send(agentFor(path), method, url);
        cases += 1;
        expect([method, url, response.status < 500]).toEqual([method, url, true]);
      }
    }
    expect(cases).toBeGreaterThan(300);
  });

  it('walks every route as another organization’s officer with A’s ids: 0 leaks, 0 writes', async () => {
    const leaks: string[] = [];
    let baseline = await databaseFingerprint(t);
    for (const { method, path, operation } of operations) {
      if (path.startsWith('/api/auth/')) continue;
      const url = concrete(path);
      const body = operation.requestBody?.content['application/json'] ? {} : undefined;
      const call = send(b.agent, method, url);
      const response = body === undefined ? await call : await call.send(body);
      const key = `${method.toUpperCase()} ${path}`;
      expect([key, response.status < 500]).toEqual([key, true]);
      if (path.includes('{')) {
        // A's resource: as absent as one that does not exist (admin routes: forbidden; an empty
        // body may be refused first, before the resource is looked up, which tells nothing).
        expect([key, [400, 403, 404].includes(response.status)]).toEqual([key, true]);
      }
      const text = response.text ?? JSON.stringify(response.body ?? '');
      // A's ids that B did not send itself, or anything A wrote.
      const unsent = Object.values(ids).filter((id) => id && !url.includes(id));
      if (text.includes(SECRET) || unsent.some((id) => text.includes(id))) leaks.push(key);
      const after = await databaseFingerprint(t);
      if (response.status >= 400) expect([key, after]).toEqual([key, baseline]);
      baseline = after;
    }
    expect(leaks).toEqual([]);
    // B's own answers are real ones (the walk did reach the routes).
    expect((await b.agent.get('/api/conventions').expect(200)).body.total).toBe(0);
  });
});
