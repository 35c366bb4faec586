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
 */
export const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0';

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
