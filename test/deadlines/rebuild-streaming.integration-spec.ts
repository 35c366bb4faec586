import { DeadlineStore, materialiseDeadlines, RebuildDeadlinesUseCase } from '@passerelle/application';
import { DEADLINE_RULES_VERSION } from '@passerelle/domain';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The rebuild computes and COPYs convention by convention, in chunks of about 64 KiB, one COPY per
 * batch: several batches, chunks cut between conventions, and a failure in the middle of one.
 */
describe('deadline rebuild, streamed (real PostgreSQL)', () => {
  let t: TestApp;
  const variants = [
    {},
    {
      clauses: { term: { start: 'effective_date', indefinite: true }, committee: { minMeetingsPerYear: 4 } },
    },
    { timeZone: 'Africa/Casablanca', effectiveOn: '2019-05-17' },
    {
      clauses: { term: { start: 'effective_date', indefinite: true }, committee: { minMeetingsPerYear: 2 } },
    },
  ];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
    // 48 conventions of up to 500 deadlines: a batch of 20 is several 64 KiB chunks.
    for (let index = 0; index < 48; index += 1)
      await t.api
        .post('/api/conventions')
        .send(aConvention(variants[index % variants.length] as never))
        .expect(201);
  });
  afterAll(() => t.close());

  const snapshot = () =>
    t.sql(
      `SELECT convention_id, kind, due_on::text, clause, term_index, period_from::text, period_to::text, plan_year,
              source_article, source_quote, source_inherited
         FROM deadlines ORDER BY convention_id, kind, due_on`,
    );
  const horizons = () =>
    t.sql('SELECT convention_id, until::text FROM deadline_horizons ORDER BY convention_id');

  it('stores, batch after batch, the deadlines each convention got when it was written on its own', async () => {
    // Written one by one: each creation computed and stored its convention's deadlines.
    const expected = await snapshot();
    const expectedHorizons = await horizons();
    const [{ bytes }] = await t.sql(
      `SELECT sum(octet_length(convention_id::text) + octet_length(kind) + 40)::int AS bytes FROM deadlines`,
    );
    expect(bytes).toBeGreaterThan(2 * 64 * 1024);
    await t.sql('TRUNCATE deadlines, deadline_horizons');

    const result = await t.app.get(RebuildDeadlinesUseCase).execute(20);

    expect(result).toEqual({ conventions: 48, deadlines: expected.length });
    expect(await snapshot()).toEqual(expected);
    expect(await horizons()).toEqual(expectedHorizons);
  });

  it('leaves the stored deadlines as they were when computing fails in the middle of a batch', async () => {
    const expected = await snapshot();
    let seen = 0;
    await expect(
      t.app.get(DeadlineStore).rebuildAll(
        async (batch) =>
          (function* () {
            for (const convention of batch) {
              seen += 1;
              if (seen === 30) throw new Error('rule failed');
              yield { id: convention.id, ...materialiseDeadlines(convention, '2026-11-22') };
            }
          })(),
        20,
        DEADLINE_RULES_VERSION + 1,
      ),
    ).rejects.toThrow('rule failed');
    expect(await snapshot()).toEqual(expected);
    expect(
      await t.sql(
        `SELECT to_regclass('deadlines_rebuild') AS building, to_regclass('deadlines_replaced') AS replaced`,
      ),
    ).toEqual([{ building: null, replaced: null }]);
    expect(await t.sql(`SELECT value FROM app_state WHERE key = 'deadline_rules_version'`)).not.toEqual([
      { value: String(DEADLINE_RULES_VERSION + 1) },
    ]);
    // The pool is not left with a connection stuck in a COPY: the next rebuild goes through.
    expect((await t.app.get(RebuildDeadlinesUseCase).execute(20)).deadlines).toBe(expected.length);
  });
});
