import { Deadline } from '@passerelle/domain';
import { EntityManager } from 'typeorm';

/**
 * Inserts materialised deadlines with one statement per batch (arrays unnested server-side):
 * fast enough for bulk recomputation, and the parameter count stays fixed.
 */
export async function insertDeadlines(
  manager: EntityManager,
  rows: Array<{ conventionId: string; deadline: Deadline }>,
): Promise<void> {
  const batchSize = 20_000;
  for (let offset = 0; offset < rows.length; offset += batchSize) {
    const batch = rows.slice(offset, offset + batchSize);
    await manager.query(
      `INSERT INTO deadlines (convention_id, kind, due_on, clause, term_index, period_from, period_to, plan_year,
         source_article, source_quote)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::int[], $6::date[], $7::date[],
         $8::int[], $9::text[], $10::text[])
       ON CONFLICT DO NOTHING`,
      [
        batch.map((row) => row.conventionId),
        batch.map((row) => row.deadline.kind),
        batch.map((row) => row.deadline.dueOn),
        batch.map((row) => row.deadline.clause ?? null),
        batch.map((row) => row.deadline.termIndex ?? null),
        batch.map((row) => row.deadline.period?.from ?? null),
        batch.map((row) => row.deadline.period?.to ?? null),
        batch.map((row) => row.deadline.planYear ?? null),
        batch.map((row) => row.deadline.source?.article ?? null),
        batch.map((row) => row.deadline.source?.quote ?? null),
      ],
    );
  }
}

export async function replaceDeadlines(
  manager: EntityManager,
  conventionIds: string[],
  rows: Array<{ conventionId: string; deadline: Deadline }>,
): Promise<void> {
  await manager.query('DELETE FROM deadlines WHERE convention_id = ANY($1::uuid[])', [conventionIds]);
  await insertDeadlines(manager, rows);
}
