import {
  ConventionDerivedColumns,
  ConventionListQuery,
  ConventionRepository,
  ConventionToStore,
  Page,
} from '@passerelle/application';
import { Actor, DomainError, StoredConvention, VisibilityScope } from '@passerelle/domain';
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

const RELATIONS = { parties: true, clauses: true, financialCommitments: true } as const;

/** Writes join the caller's unit of work when there is one (a use case's @Transactional()), else open their own. */
export class TypeormConventionRepository extends ConventionRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
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

  private async visible(id: string, organizationId: string): Promise<boolean> {
    const rows = await this.manager.query(
      'SELECT 1 FROM convention_parties WHERE convention_id = $1 AND organization_id = $2 LIMIT 1',
      [id, organizationId],
    );
    return rows.length > 0;
  }

  async list(query: ConventionListQuery): Promise<Page<StoredConvention>> {
    const builder = this.manager
      .createQueryBuilder(ConventionEntity, 'c')
      .select('c.id', 'id')
      .setParameter('now', query.now.toISOString());
    if (query.scope.kind === 'organization') {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.organization_id = :organizationId)',
        { organizationId: query.scope.organizationId },
      );
    }
    if (query.q) {
      builder.andWhere(
        `(c.reference ILIKE :q OR c.title ILIKE :q OR c.object ILIKE :q OR EXISTS (
          SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.name ILIKE :q))`,
        { q: `%${query.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%` },
      );
    }
    if (query.country) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.country = :country)',
        { country: query.country },
      );
    }
    if (query.status)
      builder.andWhere(`${conventionStatusSql('c', ':now')} = :status`, { status: query.status });
    const total = await builder.getCount();
    const rows = await builder
      .orderBy('c.reference', 'ASC')
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
    return {
      items: ids.map((id) => byId.get(id)).filter((item): item is StoredConvention => Boolean(item)),
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
      await manager.delete(ConventionEntity, { id });
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
