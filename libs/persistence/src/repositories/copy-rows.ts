import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';

/** A value for COPY's text format; an object is written as JSON (for jsonb columns). */
export type CopyValue = string | number | boolean | null | undefined | object;

/** The pg client of the manager's transaction: COPY runs on it, inside the same unit of work. */
export async function transactionClient(manager: EntityManager): Promise<PoolClient> {
  if (!manager.queryRunner) throw new Error('COPY needs a transaction');
  return (await manager.queryRunner.connect()) as PoolClient;
}

/** A field of COPY's text format: \N for null, and backslash, tab and line breaks escaped. */
function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/**
 * Writes rows with one COPY … FROM STDIN: the server parses text rows several times faster than
 * a multi-row INSERT's parameters. Streamed a thousand rows at a time, so a 10,000-convention
 * import never holds its whole text in memory. A constraint violation fails the whole COPY (and
 * the caller's transaction), as an INSERT would.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: CopyValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  function* lines(): Generator<string> {
    for (let offset = 0; offset < rows.length; offset += 1000) {
      let text = '';
      for (const row of rows.slice(offset, offset + 1000)) text += `${row.map(copyField).join('\t')}\n`;
      yield text;
    }
  }
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}
