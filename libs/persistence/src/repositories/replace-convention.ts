import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';
import { chunks } from './portfolio-rows';

/** An imported convention written over a stored one (locked by the caller): its row and its children. */
export async function replaceConvention(
  manager: EntityManager,
  id: string,
  entity: ConventionEntity,
): Promise<void> {
  await manager.delete(PartyEntity, { convention: { id } });
  await manager.delete(ClauseEntity, { convention: { id } });
  await manager.delete(FinancialCommitmentEntity, { convention: { id } });
  const { parties, clauses, financialCommitments, ...row } = entity;
  await manager.update(
    ConventionEntity,
    { id },
    { ...row, id: undefined, createdAt: undefined, updatedAt: new Date() },
  );
  // TypeORM's insert type rejects `Record<string, unknown>` jsonb columns; the rows are the entity's own.
  const link = <T extends object>(rows: T[]) =>
    rows.map((child) => ({ ...child, convention: { id } })) as unknown as QueryDeepPartialEntity<T>[];
  for (const part of chunks(link(parties), 2000)) await manager.insert(PartyEntity, part);
  for (const part of chunks(link(clauses), 2000)) await manager.insert(ClauseEntity, part);
  for (const part of chunks(link(financialCommitments), 2000))
    await manager.insert(FinancialCommitmentEntity, part);
}
