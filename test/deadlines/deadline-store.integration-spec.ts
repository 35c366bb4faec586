import {
  DeadlineStore,
  ExtendDeadlineHorizonUseCase,
  materialiseDeadlines,
  RebuildDeadlinesUseCase,
} from '@passerelle/application';
import { DEADLINE_RULES_VERSION } from '@passerelle/domain';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

/** The bulk paths of the stored deadlines: the whole-table rebuild, the nightly append, lean rows. */
describe('stored deadlines: rebuild, nightly extension, sources read through the clause (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => t.close());

  const query = (sql: string, params: unknown[] = []) => t.sql(sql, params);

  const create = async (overrides = {}) =>
    (await t.api.post('/api/conventions').send(aConvention(overrides)).expect(201)).body as { id: string };

  const snapshot = () =>
    query(
      `SELECT convention_id, kind, due_on::text, clause, term_index, period_from::text, period_to::text, plan_year,
              source_article, source_quote, source_inherited
         FROM deadlines ORDER BY convention_id, kind, due_on`,
    );

  it('stores no copy of the clause quote, and the calendar still shows it', async () => {
    const { id } = await create();
    const notice = await query(
      `SELECT source_article, source_quote, source_inherited FROM deadlines WHERE convention_id = $1 AND kind = 'renewal_notice'`,
      [id],
    );
    expect(notice.length).toBeGreaterThan(0);
    expect(notice.every((row) => row.source_inherited && row.source_quote === null)).toBe(true);
    const calendar = await t.api
      .get('/api/calendar')
      .query({ from: '2025-10-01', to: '2025-10-31', include: 'source' })
      .expect(200);
    expect(calendar.body.find((item: { conventionId: string }) => item.conventionId === id)).toMatchObject({
      kind: 'renewal_notice',
      source: { article: '7', quote: 'préavis de trois mois' },
    });
  });

  it('rebuilds every convention’s deadlines in one swap: the same rows, the indexes and key back, the rules version recorded', async () => {
    await create();
    await create({
      clauses: { term: { start: 'effective_date', indefinite: true }, committee: { minMeetingsPerYear: 2 } },
    });
    const expected = await snapshot();
    expect(expected.length).toBeGreaterThan(20);
    // Damage the stored set: a missing row and a stray one must both be mended.
    await query(`DELETE FROM deadlines WHERE ctid IN (SELECT ctid FROM deadlines LIMIT 3)`);
    await query(
      `INSERT INTO deadlines (convention_id, kind, due_on) SELECT convention_id, 'expiry', '2031-05-05' FROM deadlines LIMIT 1`,
    );

    const result = await t.app.get(RebuildDeadlinesUseCase).execute();

    expect(result.deadlines).toBe(expected.length);
    expect(await snapshot()).toEqual(expected);
    const indexes = await query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'deadlines' ORDER BY indexname`,
    );
    expect(indexes.map((row) => row.indexname)).toEqual(['deadlines_due_on_idx', 'deadlines_pkey']);
    const constraints = await query(
      `SELECT conname, contype, convalidated FROM pg_constraint WHERE conrelid = 'deadlines'::regclass AND contype IN ('f', 'p', 'u') ORDER BY conname`,
    );
    expect(constraints).toEqual([
      { conname: 'deadlines_convention_id_fkey', contype: 'f', convalidated: true },
      { conname: 'deadlines_pkey', contype: 'p', convalidated: true },
    ]);
    expect(
      await query(
        `SELECT to_regclass('deadlines_rebuild') AS building, to_regclass('deadlines_replaced') AS replaced`,
      ),
    ).toEqual([{ building: null, replaced: null }]);
    expect(await query(`SELECT value FROM app_state WHERE key = 'deadline_rules_version'`)).toEqual([
      { value: String(DEADLINE_RULES_VERSION) },
    ]);

    // At start-up: nothing to do while the version matches, a rebuild when it does not.
    expect(await t.app.get(RebuildDeadlinesUseCase).ifRulesChanged()).toBeNull();
    await query(`UPDATE app_state SET value = '0' WHERE key = 'deadline_rules_version'`);
    expect(await t.app.get(RebuildDeadlinesUseCase).ifRulesChanged()).toEqual(result);
    expect(await snapshot()).toEqual(expected);

    // The rebuilt table takes the ordinary writes: a change and a delete.
    const { id } = await create();
    await t.api.delete(`/api/conventions/${id}`).expect(204);
    expect(await query('SELECT count(*)::int AS n FROM deadlines WHERE convention_id = $1', [id])).toEqual([
      { n: 0 },
    ]);
  });

  it('lets a change made during a rebuild wait for it, then apply on the rebuilt table (no deadlock, nothing lost)', async () => {
    const { id } = await create();
    const notices = async () =>
      (
        await query(
          `SELECT due_on::text FROM deadlines WHERE convention_id = $1 AND kind = 'renewal_notice' ORDER BY due_on`,
          [id],
        )
      ).map((row) => row.due_on);
    expect((await notices())[0]).toBe('2025-10-02');
    let change: Promise<{ status: number }> | null = null;
    await t.app.get(DeadlineStore).rebuildAll(
      async (batch) => {
        // An officer's change arrives while the rebuild's transaction is open.
        change ??= t.api
          .patch(`/api/conventions/${id}`)
          .send({ clauses: { termination: { anyTime: true, noticeMonths: 6 } } })
          .then((response) => response);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return batch.map((convention) => ({
          id: convention.id,
          ...materialiseDeadlines(convention, '2026-11-22'),
        }));
      },
      50,
      DEADLINE_RULES_VERSION,
    );
    // eslint-disable-next-line @typescript-eslint/await-thenable -- a supertest Test is a thenable its types hide
    const answered = (await change) as unknown as { status: number; body: unknown };
    expect([answered.status, answered.body]).toEqual([200, expect.anything()]);
    // Six months' notice now: the change was applied after the swap, to the new table.
    expect((await notices())[0]).toBe('2025-07-02');
  });

  it('keeps a source of its own, byte for byte, where it differs from the clause (an amended version)', async () => {
    const { id } = await create();
    const quote = 'alinéa 1\tcolonne\nligne 2 \\N et \\ seul\r';
    await t.app.get(DeadlineStore).rebuildAll(
      async (batch) =>
        batch.map((convention) => ({
          id: convention.id,
          deadlinesUntil: '2036-11-22',
          deadlines:
            convention.id === id
              ? [
                  {
                    kind: 'expiry' as const,
                    dueOn: '2030-01-02',
                    key: 'expiry:2030-01-02',
                    clause: 'term' as const,
                    termIndex: 2,
                    source: { article: '3 (avenant n° 1)', quote },
                  },
                ]
              : [],
        })),
      50,
      DEADLINE_RULES_VERSION,
    );
    expect(
      await query(
        'SELECT source_article, source_quote, source_inherited FROM deadlines WHERE convention_id = $1',
        [id],
      ),
    ).toEqual([{ source_article: '3 (avenant n° 1)', source_quote: quote, source_inherited: false }]);
    await t.app.get(RebuildDeadlinesUseCase).execute();
  });

  it('extends the horizon nightly by appending, leaving the stored rows untouched, and ends where a full recompute ends', async () => {
    const { id } = await create({
      clauses: { term: { start: 'effective_date', indefinite: true }, committee: { minMeetingsPerYear: 1 } },
    });
    const before = await query(
      'SELECT kind, due_on::text, xmin::text FROM deadlines WHERE convention_id = $1 ORDER BY due_on, kind',
      [id],
    );
    expect(before[before.length - 1].due_on).toBe('2035-12-31');

    t.clock.set(new Date('2028-01-15T03:00:00Z'));
    try {
      const extended = await t.app.get(ExtendDeadlineHorizonUseCase).execute();
      expect(extended).toBeGreaterThan(0);
      const after = await query(
        'SELECT kind, due_on::text, xmin::text FROM deadlines WHERE convention_id = $1 ORDER BY due_on, kind',
        [id],
      );
      // The rows that were there are the same row versions: nothing was rewritten.
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length).map((row) => row.due_on)).toEqual(['2036-12-31', '2037-12-31']);
      const [{ until }] = await query('SELECT until::text FROM deadline_horizons WHERE convention_id = $1', [
        id,
      ]);
      expect(until).toBe('2038-01-15');
      // A second run the same night has nothing to add.
      expect(await t.app.get(ExtendDeadlineHorizonUseCase).execute()).toBe(0);

      const appended = await snapshot();
      await t.app.get(RebuildDeadlinesUseCase).execute();
      expect(await snapshot()).toEqual(appended);
    } finally {
      t.clock.set(new Date('2026-11-22T09:00:00Z'));
    }
  });
});
