import { ClauseKind, ClauseSource, Deadline } from '@passerelle/domain';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';

/** The article and quote of each clause of a convention, as stored in convention_clauses. */
export type ClauseSources = Partial<Record<ClauseKind, ClauseSource | null | undefined>>;

export interface ConventionDeadlines {
  conventionId: string;
  deadlines: Deadline[];
  /** Known already (bulk paths): spares a read of convention_clauses. */
  clauseSources?: ClauseSources;
}

const INSERT_BATCH = 20_000;

/**
 * A deadline whose source is its clause's current source stores none and reads it through
 * convention_clauses (`source_inherited`): the quote is not copied into ten years of rows. Only a
 * deadline computed from an amended version of a clause keeps its own.
 */
function ownSource(
  deadline: Deadline,
  clauses: ClauseSources | undefined,
): ClauseSource | null | 'inherited' {
  const base = deadline.clause ? (clauses?.[deadline.clause] ?? null) : null;
  const own = deadline.source ?? null;
  if (own === null) return base === null ? 'inherited' : null;
  if (base && base.article === own.article && base.quote === own.quote) return 'inherited';
  return own;
}

/** A PostgreSQL array literal of values that need no quoting (uuids, dates, numbers, booleans, kind names). */
function plainArray(values: Array<string | number | boolean | null>): string {
  let text = '{';
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    text += (index ? ',' : '') + (value === null ? 'NULL' : String(value));
  }
  return `${text}}`;
}

/**
 * Column arrays for `unnest`, in the column order of DEADLINE_COLUMNS. Every column but the
 * sources holds plain tokens, so it is sent as one array literal: the driver's per-element
 * escaping was a tenth of a 100k rebuild.
 */
export function deadlineColumns(items: ConventionDeadlines[]): unknown[] {
  const columns: Array<Array<string | number | boolean | null>> = [
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
  ];
  for (const item of items) {
    for (const deadline of item.deadlines) {
      const source = ownSource(deadline, item.clauseSources);
      columns[0].push(item.conventionId);
      columns[1].push(deadline.kind);
      columns[2].push(deadline.dueOn);
      columns[3].push(deadline.clause ?? null);
      columns[4].push(deadline.termIndex ?? null);
      columns[5].push(deadline.period?.from ?? null);
      columns[6].push(deadline.period?.to ?? null);
      columns[7].push(deadline.planYear ?? null);
      columns[8].push(source === 'inherited' ? null : (source?.article ?? null));
      columns[9].push(source === 'inherited' ? null : (source?.quote ?? null));
      columns[10].push(source === 'inherited');
    }
  }
  return columns.map((column, index) => (index === 8 || index === 9 ? column : plainArray(column)));
}

export const DEADLINE_COLUMNS =
  'convention_id, kind, due_on, clause, term_index, period_from, period_to, plan_year, source_article, source_quote, source_inherited';
export const DEADLINE_UNNEST =
  'unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::int[], $6::date[], $7::date[], $8::int[], $9::text[], $10::text[], $11::bool[])';

/** Fills in the clause sources of the conventions that do not carry them (one read for all). */
async function withClauseSources(
  manager: EntityManager,
  items: ConventionDeadlines[],
): Promise<ConventionDeadlines[]> {
  const missing = items
    .filter((item) => !item.clauseSources && item.deadlines.length > 0)
    .map((item) => item.conventionId);
  if (missing.length === 0) return items;
  const rows: Array<{
    convention_id: string;
    kind: ClauseKind;
    source_article: string | null;
    source_quote: string | null;
  }> = await manager.query(
    `SELECT convention_id, kind, source_article, source_quote FROM convention_clauses
        WHERE convention_id = ANY($1::uuid[])`,
    [missing],
  );
  const sources = new Map<string, ClauseSources>();
  for (const row of rows) {
    const map = sources.get(row.convention_id) ?? {};
    map[row.kind] =
      row.source_article || row.source_quote
        ? { article: row.source_article ?? '', quote: row.source_quote ?? '' }
        : null;
    sources.set(row.convention_id, map);
  }
  return items.map((item) =>
    item.clauseSources ? item : { ...item, clauseSources: sources.get(item.conventionId) ?? {} },
  );
}

/** Inserts materialised deadlines with one statement per 20,000 (arrays unnested server-side). */
export async function insertDeadlines(
  manager: EntityManager,
  items: ConventionDeadlines[],
  table = 'deadlines',
): Promise<void> {
  const complete = await withClauseSources(manager, items);
  let batch: ConventionDeadlines[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    await manager.query(
      `INSERT INTO ${table} (${DEADLINE_COLUMNS}) SELECT * FROM ${DEADLINE_UNNEST} ON CONFLICT DO NOTHING`,
      deadlineColumns(batch),
    );
    batch = [];
    size = 0;
  };
  for (const item of complete) {
    batch.push(item);
    size += item.deadlines.length;
    if (size >= INSERT_BATCH) await flush();
  }
  await flush();
}

export async function replaceDeadlines(manager: EntityManager, items: ConventionDeadlines[]): Promise<void> {
  await manager.query('DELETE FROM deadlines WHERE convention_id = ANY($1::uuid[])', [
    items.map((item) => item.conventionId),
  ]);
  await insertDeadlines(manager, items);
}

/**
 * The source a stored deadline shows: its own, or its clause's (`cc` joined on convention and
 * clause kind). For SELECT lists over `deadlines d LEFT JOIN convention_clauses cc`.
 */
export const DEADLINE_SOURCE_SQL = `CASE WHEN d.source_inherited THEN cc.source_article ELSE d.source_article END AS source_article,
  CASE WHEN d.source_inherited THEN cc.source_quote ELSE d.source_quote END AS source_quote`;
export const CLAUSE_SOURCE_JOIN =
  'LEFT JOIN convention_clauses cc ON d.source_inherited AND cc.convention_id = d.convention_id AND cc.kind = d.clause';

/** A field of COPY's text format: \N for null, and backslash, tab and line breaks escaped. */
function copyField(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/** One convention's deadlines as lines of COPY's text format. */
export function copyLines(item: ConventionDeadlines): string {
  let text = '';
  for (const deadline of item.deadlines) {
    const source = ownSource(deadline, item.clauseSources);
    const own = source === 'inherited' ? null : source;
    text +=
      `${item.conventionId}\t${deadline.kind}\t${deadline.dueOn}\t${deadline.clause ?? '\\N'}\t` +
      `${deadline.termIndex ?? '\\N'}\t${deadline.period?.from ?? '\\N'}\t${deadline.period?.to ?? '\\N'}\t` +
      `${deadline.planYear ?? '\\N'}\t${copyField(own?.article ?? null)}\t${copyField(own?.quote ?? null)}\t` +
      `${source === 'inherited' ? 't' : 'f'}\n`;
  }
  return text;
}

const COPY_CHUNK = 64 * 1024;

/**
 * Bulk path (a table being rebuilt, no conflict possible): COPY in text format, which the server
 * parses several times faster than unnest's array literals. Fed convention by convention and sent
 * in chunks of about 64 KiB, waiting while the connection's buffer is full: the caller never holds
 * more than a chunk of rows, and the server parses while the next conventions are computed. The
 * COPY starts with the first chunk, once `after` (the connection's previous work) is done: one
 * statement at a time on the connection, and the first chunk computed meanwhile.
 */
export class DeadlineCopy {
  private chunk = '';
  private stream: Writable | null = null;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: PoolClient,
    private readonly table: string,
    private readonly after: Promise<unknown> = Promise.resolve(),
  ) {}

  async add(item: ConventionDeadlines): Promise<void> {
    this.chunk += copyLines(item);
    if (this.chunk.length < COPY_CHUNK) return;
    const stream = await this.open();
    const text = this.chunk;
    this.chunk = '';
    if (stream.destroyed) await this.done;
    // once() rejects if the stream fails instead of draining.
    if (!stream.write(text)) await once(stream, 'drain');
  }

  /** Sends what is left and resolves when the server has stored every row. */
  async end(): Promise<void> {
    if (!this.stream && !this.chunk) return;
    const stream = await this.open();
    stream.end(this.chunk);
    this.chunk = '';
    await this.done;
  }

  /** Cancels the COPY, if started (the server rolls it back). */
  abort(error: unknown): void {
    this.stream?.destroy(error instanceof Error ? error : new Error(String(error)));
  }

  private async open(): Promise<Writable> {
    if (this.stream) return this.stream;
    await this.after;
    const stream = this.client.query(copyFrom(`COPY ${this.table} (${DEADLINE_COLUMNS}) FROM STDIN`));
    this.stream = stream;
    this.done = finished(stream);
    // Awaited by end(); meanwhile a failure must not surface as unhandled.
    this.done.catch(() => undefined);
    return stream;
  }
}

/** Every deadline of these conventions by one COPY (new conventions: nothing to conflict with). */
export async function copyDeadlines(
  client: PoolClient,
  items: ConventionDeadlines[],
  table: string,
): Promise<void> {
  const copy = new DeadlineCopy(client, table);
  try {
    for (const item of items) await copy.add(item);
    await copy.end();
  } catch (error) {
    copy.abort(error);
    throw error;
  }
}

/**
 * Each convention's horizon (how far its deadlines are stored); none for a convention without a
 * start. Unchanged horizons are not rewritten.
 */
export async function setHorizons(
  manager: EntityManager,
  items: Array<{ id: string; until: string | null }>,
): Promise<void> {
  if (items.length === 0) return;
  await manager.query(
    `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::date[]) AS v(id, until)),
          gone AS (DELETE FROM deadline_horizons h USING v WHERE h.convention_id = v.id AND v.until IS NULL)
     INSERT INTO deadline_horizons (convention_id, until)
     SELECT id, until FROM v WHERE until IS NOT NULL
     ON CONFLICT (convention_id) DO UPDATE SET until = EXCLUDED.until
      WHERE deadline_horizons.until IS DISTINCT FROM EXCLUDED.until`,
    [items.map((item) => item.id), items.map((item) => item.until)],
  );
}
