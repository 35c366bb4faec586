import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Actor } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from '../audit';

/** What a repository needs of @nestjs-cls/transactional's TransactionHost (its TypeORM adapter's). */
export interface ManagerSource {
  /** The current unit of work's EntityManager, or the pool's outside one. */
  readonly tx: EntityManager;
  isTransactionActive(): boolean;
}

/** For scripts outside Nest (the rebuild CLI, benchmarks): reads on the pool, no unit of work. */
export function poolManager(dataSource: DataSource): ManagerSource {
  return { tx: dataSource.manager, isTransactionActive: () => false };
}

/** What every governance repository shares: the current unit of work's manager, and its audit line. */
@Injectable()
export abstract class GovernanceTable {
  constructor(@Inject(TransactionHost) protected readonly txHost: ManagerSource) {}

  /** The transaction's manager inside a unit of work, the pool's outside (reads). */
  protected get manager(): EntityManager {
    return this.txHost.tx;
  }

  protected audit(
    actor: Actor,
    conventionId: string,
    action: string,
    entity: string,
    entityId: string,
    change: { before: unknown; after: unknown },
  ): Promise<void> {
    return writeAudit(this.manager, {
      actor: actor.email,
      action,
      entity,
      entityId,
      conventionId,
      ...change,
    });
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
