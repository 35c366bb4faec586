import { loadConventionsAfter } from './convention-batches';
import { filterConventions } from './convention-list-filters';
import {
  ConventionSortKey,
  NextDeadline,
  ConventionDerivedColumns,
  ConventionListQuery,
  ConventionRepository,
  ConventionToStore,
  Page,
  SystemClock,
} from '@passerelle/application';
import {
  Actor,
  Clock,
  DeadlineKind,
  DomainError,
  StoredConvention,
  VisibilityScope,
} from '@passerelle/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';
import { toConventionEntity, toStoredConvention } from '../mappers/convention.mapper';
import { conventionStatusSql } from './convention-status.sql';
import { insertDeadlines, replaceDeadlines, setHorizons } from './deadline-rows';
import { writeAudit } from './audit';
import { loadConvention, lockConventionRow } from './convention-lock';
import { recordWriter, writePartyLinks } from './party-link-rows';
import {
  carriersOf,
  refreshOrganizationDeadlines,
  refreshOrganizationDeadlinesOf,
} from './organization-deadline-rows';
import { scheduleDueReminders } from './reminder-scheduling';

const RELATIONS = { parties: true, clauses: true, financialCommitments: true } as const;

/** The first stored deadline on or after the convention's today that no officer recorded. */
const NEXT_DEADLINE_SQL = `SELECT d.kind, d.due_on FROM deadlines d
   WHERE d.convention_id = c.id AND d.due_on >= (:now::timestamptz AT TIME ZONE c.time_zone)::date
     AND NOT EXISTS (SELECT 1 FROM deadline_records r
                      WHERE r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on)
   ORDER BY d.due_on, d.kind LIMIT 1`;

/** Writes join the caller's unit of work when there is one (a use case's @Transactional()), else open their own. */
export class TypeormConventionRepository extends ConventionRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.txHost.withTransaction(() => work(this.txHost.tx));
  }

  async create(
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
    actor: Actor | null,
  ): Promise<StoredConvention> {
    return this.translateErrors(() =>
      this.inTransaction(async (manager) => {
        const saved = await manager.save(toConventionEntity(doc, derived));
        await insertDeadlines(manager, [{ conventionId: saved.id, deadlines: derived.deadlines }]);
        await setHorizons(manager, [{ id: saved.id, until: derived.deadlinesUntil }]);
        await recordWriter(manager, saved.id, actor);
        const parties = doc.parties.map((party) => party.name);
        await writePartyLinks(manager, saved.id, parties, derived.partyLinks, actor);
        // Created after the day's sweep: its due steps are scheduled now, not lost.
        await scheduleDueReminders(manager, [saved.id], this.clock.now(), 'new_convention');
        const stored = await this.load(manager, saved.id);
        await writeAudit(manager, {
          actor: actor?.email ?? null,
          action: 'create',
          entity: 'convention',
          entityId: stored.id,
          conventionId: stored.id,
          before: null,
          after: stored,
        });
        return stored;
      }),
    );
  }

  async createManyIfEmpty(
    items: Array<{ doc: ConventionToStore; derived: ConventionDerivedColumns }>,
  ): Promise<number> {
    return this.translateErrors(() =>
      this.inTransaction(async (manager) => {
        // Two processes starting together must not both seed.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['passerelle:seed']);
        if ((await manager.count(ConventionEntity)) > 0) return 0;
        for (const { doc, derived } of items) {
          const saved = await manager.save(toConventionEntity(doc, derived));
          await insertDeadlines(manager, [{ conventionId: saved.id, deadlines: derived.deadlines }]);
          await setHorizons(manager, [{ id: saved.id, until: derived.deadlinesUntil }]);
          await scheduleDueReminders(manager, [saved.id], this.clock.now(), 'new_convention');
        }
        return items.length;
      }),
    );
  }

  async findById(id: string, scope: VisibilityScope = { kind: 'all' }): Promise<StoredConvention | null> {
    if (scope.kind === 'organization' && !(await this.visible(id, scope.organizationId))) return null;
    const entity = await this.manager.findOne(ConventionEntity, {
      where: { id },
      relations: RELATIONS,
    });
    return entity ? toStoredConvention(entity) : null;
  }

  /** Four queries for any number (the batch loader of the rebuild), not four per convention. */
  override async findManyByIds(ids: readonly string[]): Promise<StoredConvention[]> {
    if (ids.length === 0) return [];
    const loaded = await loadConventionsAfter(this.manager, null, ids.length, 'c.id = ANY($3::uuid[])', [
      ids,
    ]);
    return loaded.map(({ convention }) => convention);
  }

  private async visible(id: string, organizationId: string): Promise<boolean> {
    const rows = await this.manager.query(
      'SELECT 1 FROM convention_parties WHERE convention_id = $1 AND organization_id = $2 LIMIT 1',
      [id, organizationId],
    );
    return rows.length > 0;
  }

  async list(
    query: ConventionListQuery,
  ): Promise<Page<StoredConvention & { nextDeadline?: NextDeadline | null }>> {
    const builder = this.manager
      .createQueryBuilder(ConventionEntity, 'c')
      .select('c.id', 'id')
      .setParameter('now', query.now.toISOString());
    filterConventions(builder, query);
    const total = await builder.getCount();
    const direction = query.sort?.direction === 'desc' ? 'DESC' : 'ASC';
    const sortBy: Record<ConventionSortKey, string> = {
      reference: 'c.reference',
      title: 'c.title',
      status: conventionStatusSql('c', ':now'),
      startsOn: 'c.starts_on',
      endsOn: 'c.ends_on',
      nextDeadline: `(${NEXT_DEADLINE_SQL.replace('SELECT d.kind, d.due_on', 'SELECT d.due_on')})`,
    };
    const key = query.sort?.key ?? 'reference';
    builder.addSelect(sortBy[key], 'sort_value');
    const rows = await builder
      .orderBy('sort_value', direction, 'NULLS LAST')
      .addOrderBy('c.reference', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<{ id: string }>();
    const ids = rows.map((row) => row.id);
    const entities = ids.length
      ? await this.manager.find(ConventionEntity, {
          where: ids.map((id) => ({ id })),
          relations: RELATIONS,
        })
      : [];
    const byId = new Map(entities.map((entity) => [entity.id, toStoredConvention(entity)]));
    const next = new Map<string, NextDeadline>();
    if (ids.length) {
      const found: Array<{ id: string; kind: DeadlineKind; due_on: string }> = await this.manager.query(
        `SELECT c.id, n.kind, to_char(n.due_on, 'YYYY-MM-DD') AS due_on FROM conventions c
           CROSS JOIN LATERAL (${NEXT_DEADLINE_SQL.replace(':now', '$2')}) n WHERE c.id = ANY($1::uuid[])`,
        [ids, query.now.toISOString()],
      );
      for (const row of found) next.set(row.id, { kind: row.kind, dueOn: row.due_on });
    }
    return {
      items: ids
        .map((id) => byId.get(id))
        .filter((item): item is StoredConvention => Boolean(item))
        .map((item) => ({ ...item, nextDeadline: next.get(item.id) ?? null })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async replace(
    id: string,
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
    actor: Actor | null,
  ): Promise<StoredConvention> {
    return this.translateErrors(() =>
      this.inTransaction(async (manager) => {
        const existing = await lockConventionRow(manager, id);
        const before = await loadConvention(manager, id);
        // Children are rewritten whole: the document is the unit of change.
        await manager.delete(PartyEntity, { convention: { id } });
        await manager.delete(ClauseEntity, { convention: { id } });
        await manager.delete(FinancialCommitmentEntity, { convention: { id } });
        await manager.save(toConventionEntity(doc, derived, existing));
        await replaceDeadlines(manager, [{ conventionId: id, deadlines: derived.deadlines }]);
        await setHorizons(manager, [{ id, until: derived.deadlinesUntil }]);
        const parties = doc.parties.map((party) => party.name);
        await writePartyLinks(manager, id, parties, derived.partyLinks, actor);
        await scheduleDueReminders(manager, [id], this.clock.now(), 'dates_changed');
        const after = await this.load(manager, id);
        await writeAudit(manager, {
          actor: actor?.email ?? null,
          action: 'update',
          entity: 'convention',
          entityId: id,
          conventionId: id,
          before,
          after,
        });
        return after;
      }),
    );
  }

  async delete(id: string, actor: Actor | null): Promise<boolean> {
    return this.inTransaction(async (manager) => {
      const existing = await manager.findOne(ConventionEntity, { where: { id }, relations: RELATIONS });
      if (!existing) return false;
      // Locks its organizations (their own deadlines are refreshed once it is gone).
      const organizations = await refreshOrganizationDeadlinesOf(manager, [id], this.clock.now());
      await manager.delete(ConventionEntity, { id });
      // Its organizations' own deadlines may have gone with it, or go through another convention now.
      await refreshOrganizationDeadlines(manager, organizations, this.clock.now());
      await scheduleDueReminders(
        manager,
        await carriersOf(manager, organizations),
        this.clock.now(),
        'dates_changed',
      );
      // audit_log has no foreign key: the history outlives the convention.
      await writeAudit(manager, {
        actor: actor?.email ?? null,
        action: 'delete',
        entity: 'convention',
        entityId: id,
        conventionId: id,
        before: toStoredConvention(existing),
        after: null,
      });
      return true;
    });
  }

  async count(): Promise<number> {
    return this.manager.count(ConventionEntity);
  }

  private load(manager: EntityManager, id: string): Promise<StoredConvention> {
    return loadConvention(manager, id);
  }

  private async translateErrors<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const driverError =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string; constraint?: string })
          : null;
      if (driverError?.code === '23505' && driverError.constraint === 'conventions_reference_key') {
        throw new DomainError('conflict', 'a convention with this reference already exists', 'reference');
      }
      if (driverError?.code === '23505' && driverError.constraint === 'convention_parties_name_key') {
        throw new DomainError('invalid_input', 'duplicate party name', 'parties');
      }
      throw error;
    }
  }
}
