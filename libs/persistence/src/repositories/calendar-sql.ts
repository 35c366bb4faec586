import { CalendarReadOptions, CalendarScope } from '@passerelle/application';
import { CLAUSE_SOURCE_JOIN, DEADLINE_SOURCE_SQL } from './deadline-rows';

/** The scope's conditions on a convention id (`c.id`, or `d.convention_id` on deadlines alone). */
export function scopeSql(scope: CalendarScope, params: unknown[], id = 'c.id'): string {
  const clauses: string[] = [];
  if (scope.conventionIds) {
    params.push(scope.conventionIds);
    clauses.push(`${id} = ANY($${params.length}::uuid[])`);
  }
  if (scope.organizationIds) {
    params.push(scope.organizationIds);
    clauses.push(
      `EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = ${id} AND p.organization_id = ANY($${params.length}::uuid[]))`,
    );
  }
  if (scope.countries) {
    params.push(scope.countries);
    clauses.push(
      `EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = ${id} AND p.country = ANY($${params.length}::text[]))`,
    );
  }
  return clauses.length ? ` AND ${clauses.join(' AND ')}` : '';
}

/**
 * Where the window's deadlines come from. A scope of conventions or organizations is a few
 * thousand conventions at most: their deadlines are read convention by convention on the primary
 * key (convention_id, due_on, kind), so the cost follows the scope, not the platform (an
 * organization's month read 21,000 rows of the platform's month through the due_on index and
 * dropped 98 % of them at 100k). Without such a scope, the due_on index.
 */
function deadlinesFrom(scope: CalendarScope, params: unknown[]): { from: string; condition: string } {
  if (scope.organizationIds) {
    params.push(scope.organizationIds);
    const driver = `SELECT DISTINCT p.convention_id AS id FROM convention_parties p WHERE p.organization_id = ANY($${params.length}::uuid[])`;
    const rest = scopeSql({ ...scope, organizationIds: undefined }, params, 's.id');
    return { from: `(${driver}) s JOIN deadlines d ON d.convention_id = s.id`, condition: rest };
  }
  if (scope.conventionIds) {
    params.push(scope.conventionIds);
    const driver = `SELECT DISTINCT unnest($${params.length}::uuid[]) AS id`;
    const rest = scopeSql({ ...scope, conventionIds: undefined }, params, 's.id');
    return { from: `(${driver}) s JOIN deadlines d ON d.convention_id = s.id`, condition: rest };
  }
  return { from: 'deadlines d', condition: scopeSql(scope, params, 'd.convention_id') };
}

/**
 * The calendar's SQL: the window's deadlines chosen on deadlines and parties alone, then joined to
 * their conventions one by one on the primary key (a lateral lookup: the planner otherwise hashed a
 * sequential scan of every convention for 400 rows). A page (`limit`, after a cursor) is read in
 * the order of the due_on index and stops at its last line.
 */
export function calendarQuery(
  from: string,
  to: string,
  scope: CalendarScope,
  options: CalendarReadOptions,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [from, to];
  const source = deadlinesFrom(scope, params);
  let condition = source.condition;
  if (scope.kinds) {
    params.push(scope.kinds);
    condition += ` AND d.kind = ANY($${params.length}::text[])`;
  }
  let after = '';
  if (options.after) {
    params.push(options.after.dueOn, options.after.reference, options.after.kind);
    const [dueOn, reference, kind] = [params.length - 2, params.length - 1, params.length];
    condition += ` AND d.due_on >= $${dueOn}::date`;
    after = ` WHERE (d.due_on, c.reference COLLATE "C", d.kind) > ($${dueOn}::date, $${reference}::text COLLATE "C", $${kind}::text)`;
  }
  let limit = '';
  if (options.limit) {
    params.push(options.limit);
    limit = ` LIMIT $${params.length}`;
  }
  const columns = `d.convention_id, d.kind, d.due_on, d.clause, d.term_index, d.plan_year, d.period_from,
                d.source_inherited, d.source_article, d.source_quote`;
  // A page stays one statement so that the LIMIT reaches the index scan; a whole window is
  // materialised first (its row count known before the joins are planned).
  const chosen = options.limit
    ? `(SELECT ${columns} FROM ${source.from} WHERE d.due_on BETWEEN $1 AND $2${condition})`
    : null;
  const sql = `${
    chosen
      ? ''
      : `WITH d AS MATERIALIZED (SELECT ${columns} FROM ${source.from} WHERE d.due_on BETWEEN $1 AND $2${condition})\n`
  }SELECT d.convention_id, c.reference, c.title, c.time_zone, d.kind, d.due_on,
       ${options.sources ? DEADLINE_SOURCE_SQL : 'NULL AS source_article, NULL AS source_quote'},
       d.term_index, d.plan_year, d.period_from, r.state
  FROM ${chosen ? `${chosen} d` : 'd'}
  JOIN LATERAL (SELECT c.reference, c.title, c.time_zone FROM conventions c WHERE c.id = d.convention_id OFFSET 0) c ON true
  ${options.sources ? CLAUSE_SOURCE_JOIN : ''}
  LEFT JOIN deadline_records r ON r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on${after}
 ORDER BY d.due_on, c.reference COLLATE "C", d.kind${limit}`;
  return { sql, params };
}
