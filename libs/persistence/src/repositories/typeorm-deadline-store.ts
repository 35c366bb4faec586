import { DeadlineStore, MaterialisedConvention, RebuildResult } from '@passerelle/application';
import { ClauseKind, IsoDate, StoredConvention } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { loadConventionsAfter } from './convention-batches';
import type { PoolClient } from 'pg';
import {
  ClauseSources,
  ConventionDeadlines,
  DeadlineCopy,
  insertDeadlines,
  replaceDeadlines,
  setHorizons,
} from './deadline-rows';
import { refreshOrganizationDeadlines } from './organization-deadline-rows';

const REBUILD_LOCK = 'passerelle:deadline-rebuild';
const RULES_VERSION_KEY = 'deadline_rules_version';

function clauseSourcesOf(convention: StoredConvention): ClauseSources {
  const sources: ClauseSources = {};
  for (const [kind, clause] of Object.entries(convention.clauses)) {
    sources[kind as ClauseKind] =
      (clause as { source?: ClauseSources[ClauseKind] } | undefined)?.source ?? null;
  }
  return sources;
}

export class TypeormDeadlineStore extends DeadlineStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  /**
   * Builds the new set in a table without indexes, indexes it once, and swaps it in: maintaining
   * two btrees row by row is most of the cost of writing 2.8 million deadlines. Conventions are
   * read on another connection while this one inserts, so computing and storing overlap.
   */
  async rebuildAll(
    materialise: (batch: StoredConvention[]) => Promise<Iterable<MaterialisedConvention>>,
    batchSize: number,
    rulesVersion: number,
  ): Promise<RebuildResult> {
    await this.dropReplaced();
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();
    const tx = runner.manager;
    let result: RebuildResult;
    try {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [REBUILD_LOCK]);
      // Writers take a convention, then its deadlines: both tables are taken here, in that order,
      // before anything else. SHARE ROW EXCLUSIVE lets reads and foreign-key checks through, makes
      // writes wait, and is what the new table's foreign key needs at the end.
      await tx.query('LOCK TABLE conventions IN SHARE ROW EXCLUSIVE MODE');
      await tx.query('LOCK TABLE deadlines IN EXCLUSIVE MODE');
      await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      await tx.query('DROP TABLE IF EXISTS deadlines_rebuild');
      await tx.query(
        'CREATE TABLE deadlines_rebuild (LIKE deadlines INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
      );
      let conventions = 0;
      let deadlines = 0;
      let inserting: Promise<void> = Promise.resolve();
      const load = async (afterId: string | null): Promise<StoredConvention[]> =>
        (await loadConventionsAfter(this.dataSource.manager, afterId, batchSize)).map(
          (loaded) => loaded.convention,
        );
      // Awaited in the loop; the no-op handler keeps a failure from surfacing as unhandled meanwhile.
      let next = load(null);
      next.catch(() => undefined);
      for (;;) {
        const batch = await next;
        if (batch.length === 0) break;
        // The next batch is read while this one is computed and inserted.
        next = load(batch[batch.length - 1].id);
        next.catch(() => undefined);
        const byId = new Map(batch.map((convention) => [convention.id, convention]));
        // Starts once the previous batch's COPY and horizons are through.
        const copy = new DeadlineCopy(client, 'deadlines_rebuild', inserting);
        const horizons: Array<{ id: string; until: string | null }> = [];
        try {
          for (const item of await materialise(batch)) {
            const convention = byId.get(item.id);
            await copy.add({
              conventionId: item.id,
              deadlines: item.deadlines,
              clauseSources: convention ? clauseSourcesOf(convention) : {},
            });
            horizons.push({ id: item.id, until: item.deadlinesUntil });
            deadlines += item.deadlines.length;
          }
        } catch (error) {
          // The COPY is cancelled, so the connection is free for the rollback.
          copy.abort(error);
          throw error;
        }
        conventions += batch.length;
        // The batch's horizons too: updating 100k conventions at the end, alone, took 3 s. The
        // server finishes this COPY while the next batch is loaded and its first rows computed.
        inserting = copy.end().then(() => setHorizons(tx, horizons));
        inserting.catch(() => undefined);
      }
      await inserting;
      await tx.query(
        'ALTER TABLE deadlines_rebuild ADD CONSTRAINT deadlines_rebuild_pkey PRIMARY KEY (convention_id, due_on, kind)',
      );
      await tx.query(
        'CREATE INDEX deadlines_rebuild_due_on_idx ON deadlines_rebuild (due_on, convention_id)',
      );
      await tx.query(
        `ALTER TABLE deadlines_rebuild ADD CONSTRAINT deadlines_rebuild_convention_fkey
           FOREIGN KEY (convention_id) REFERENCES conventions(id) ON DELETE CASCADE`,
      );
      // The old table is renamed, not dropped: dropping it would need conventions exclusively
      // (its foreign key's triggers), which a writer waiting for us may hold a share of.
      await tx.query('ALTER TABLE deadlines RENAME TO deadlines_replaced');
      await tx.query('ALTER INDEX deadlines_pkey RENAME TO deadlines_replaced_pkey');
      await tx.query('ALTER INDEX deadlines_due_on_idx RENAME TO deadlines_replaced_due_on_idx');
      await tx.query(
        'ALTER TABLE deadlines_replaced RENAME CONSTRAINT deadlines_convention_id_fkey TO deadlines_replaced_convention_id_fkey',
      );
      await tx.query('ALTER TABLE deadlines_rebuild RENAME TO deadlines');
      await tx.query('ALTER INDEX deadlines_rebuild_pkey RENAME TO deadlines_pkey');
      await tx.query('ALTER INDEX deadlines_rebuild_due_on_idx RENAME TO deadlines_due_on_idx');
      await tx.query(
        'ALTER TABLE deadlines RENAME CONSTRAINT deadlines_rebuild_convention_fkey TO deadlines_convention_id_fkey',
      );
      await tx.query(
        `INSERT INTO app_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [RULES_VERSION_KEY, String(rulesVersion)],
      );
      // A new table has no statistics: without them the calendar's plan is a guess.
      await tx.query('ANALYZE deadlines');
      await runner.commitTransaction();
      result = { conventions, deadlines };
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    await this.dropReplaced();
    return result;
  }

  /**
   * Drops the table a rebuild replaced, in a transaction of its own that holds nothing else, so it
   * can only wait; past a few seconds it gives up and the next rebuild drops it.
   */
  private async dropReplaced(): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '5s'`);
        await manager.query('DROP TABLE IF EXISTS deadlines_replaced');
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== '55P03') throw error;
    }
  }

  async rulesVersion(): Promise<number | null> {
    const rows: Array<{ value: string }> = await this.dataSource.query(
      'SELECT value FROM app_state WHERE key = $1',
      [RULES_VERSION_KEY],
    );
    return rows.length ? Number(rows[0].value) : null;
  }

  async findMaterialisedBefore(
    until: IsoDate,
    afterId: string | null,
    limit: number,
  ): Promise<Array<{ convention: StoredConvention; deadlinesUntil: IsoDate }>> {
    return loadConventionsAfter(
      this.dataSource.manager,
      afterId,
      limit,
      `h.until < $3
         AND (c.ends_on IS NULL OR c.ends_on > h.until)
         AND (c.terminated_on IS NULL OR c.terminated_on > h.until)`,
      [until],
    ) as Promise<Array<{ convention: StoredConvention; deadlinesUntil: IsoDate }>>;
  }

  async refreshOrganizationDeadlines(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Writers refresh one organization under its own lock; this one is alone among whole refreshes.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [REBUILD_LOCK]);
      return refreshOrganizationDeadlines(manager, null, now);
    });
  }

  async replace(items: MaterialisedConvention[]): Promise<void> {
    await this.store(items, replaceDeadlines);
  }

  async append(items: MaterialisedConvention[]): Promise<void> {
    await this.store(items, insertDeadlines);
  }

  /** The rows (replaced or added) and the horizons of a batch, in one transaction. */
  private async store(
    items: MaterialisedConvention[],
    write: (manager: EntityManager, rows: ConventionDeadlines[]) => Promise<void>,
  ): Promise<void> {
    if (items.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await write(
        manager,
        items.map((item) => ({ conventionId: item.id, deadlines: item.deadlines })),
      );
      await setHorizons(
        manager,
        items.map((item) => ({ id: item.id, until: item.deadlinesUntil })),
      );
    });
  }
}
