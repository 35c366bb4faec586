import { CalendarReadOptions, CalendarScope } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { TypeormDeadlineRepository } from '../../libs/persistence/src/repositories/typeorm-deadline.repository';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/**
 * The exact SQL and parameters a TypeormDeadlineRepository method sends, captured by running the
 * repository against a stand-in DataSource: the benchmark times the real query text, not a copy.
 */
async function capture(
  call: (repository: TypeormDeadlineRepository) => Promise<unknown>,
): Promise<CapturedQuery> {
  let captured: CapturedQuery | null = null;
  const recorder = {
    query: (sql: string, params: unknown[]) => {
      captured ??= { sql, params };
      return Promise.resolve([]);
    },
  } as unknown as DataSource;
  await call(new TypeormDeadlineRepository(recorder));
  if (!captured) throw new Error('no query was captured');
  return captured;
}

/** TypeormDeadlineRepository.calendar: the materialised deadlines of a window. */
export function calendarSql(
  from: string,
  to: string,
  scope: CalendarScope = {},
  options: CalendarReadOptions = { sources: false },
): Promise<CapturedQuery> {
  return capture((repository) => repository.calendar(from, to, scope, options));
}

/** TypeormDeadlineRepository.conventionsMaterialisedBefore: the calendar's second query, on every request. */
export function beyondHorizonSql(to: string, scope: CalendarScope = {}): Promise<CapturedQuery> {
  return capture((repository) => repository.conventionsMaterialisedBefore(to, scope));
}
