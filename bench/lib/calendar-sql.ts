import { CalendarScope } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { TypeormDeadlineRepository } from '../../libs/persistence/src/repositories/typeorm-deadline.repository';

/**
 * The exact SQL and parameters TypeormDeadlineRepository.calendar sends, captured by running the
 * repository against a stand-in DataSource: the benchmark times the real query text, not a copy.
 */
export async function calendarSql(from: string, to: string, scope: CalendarScope = {}): Promise<{ sql: string; params: unknown[] }> {
  let captured: { sql: string; params: unknown[] } | null = null;
  const recorder = {
    query: async (sql: string, params: unknown[]) => {
      captured = { sql, params };
      return [];
    },
  } as unknown as DataSource;
  await new TypeormDeadlineRepository(recorder).calendar(from, to, scope);
  if (!captured) throw new Error('the calendar query was not captured');
  return captured;
}
