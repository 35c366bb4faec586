import { DomainError, StoredConvention } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { ConventionEntity } from '../entities/convention.entity';
import { toStoredConvention } from '../mappers/convention.mapper';

const RELATIONS = { parties: true, clauses: true, financialCommitments: true } as const;

/**
 * The one place a convention's row lock is taken (SELECT … FOR UPDATE on conventions), on the
 * caller's transaction: every change of a convention or of its governance waits for the previous
 * one, then reads the document fresh. 404 when the convention is gone.
 */
export async function lockConventionRow(manager: EntityManager, id: string): Promise<ConventionEntity> {
  const locked = await manager.findOne(ConventionEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!locked) throw new DomainError('not_found', `convention ${id} not found`, 'id');
  return locked;
}

/** The convention with its parties, clauses and commitments, as the caller's transaction sees it. */
export async function loadConvention(manager: EntityManager, id: string): Promise<StoredConvention> {
  const entity = await manager.findOneOrFail(ConventionEntity, { where: { id }, relations: RELATIONS });
  return toStoredConvention(entity);
}

export async function lockConvention(manager: EntityManager, id: string): Promise<StoredConvention> {
  await lockConventionRow(manager, id);
  return loadConvention(manager, id);
}
