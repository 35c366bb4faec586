import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// Calendar dates stay strings: a JS Date would shift them with the process time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * No parallel plans on the application's connections: with 20 of them on a few cores, a Gather's
 * workers compete with the other requests for the same cores and add their start-up to each
 * query (measured by `npm run bench`, calendar suite: the organization month's SQL at 32
 * connections with 2 workers per gather and with none, BENCHMARKS.md).
 *
 * No JIT either: a calendar of a few thousand lines (the `.ics` feed's four years of an
 * organization, the dashboard's two) costs more than `jit_above_cost`, and PostgreSQL compiles
 * its expressions anew on every execution — 68 ms of a 270 ms execution of the feed's query
 * (`EXPLAIN ANALYZE`, BENCHMARKS.md), for a query that reads rows by index and sorts them.
 */
export const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0 -c jit=off';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'passerelle', options: SESSION_OPTIONS },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
