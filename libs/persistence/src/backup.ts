import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export class BackupError extends Error {}

/**
 * pg_dump / pg_restore of the server's own major version or newer (pg_dump refuses an older
 * client). PG_BIN names their directory; else PATH. The embedded package ships only the server
 * (initdb, pg_ctl, postgres), so an embedded PostgreSQL 18 needs PostgreSQL 18 client tools.
 */
async function tool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  const binary = process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name;
  let version: string;
  try {
    version = (await run(binary, ['--version'])).stdout;
  } catch {
    throw new BackupError(
      `${name} not found (install the PostgreSQL ${serverMajor} client tools or set PG_BIN)`,
    );
  }
  const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? 0);
  if (major < serverMajor)
    throw new BackupError(
      `${name} ${major} cannot handle PostgreSQL ${serverMajor}: install the PostgreSQL ${serverMajor} client tools (or newer) and set PG_BIN`,
    );
  return binary;
}

async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** A consistent snapshot (pg_dump's own transaction) in the custom format, written then renamed. */
export async function backupDatabase(url: string, file: string): Promise<{ file: string; bytes: number }> {
  const pgDump = await tool('pg_dump', await serverMajor(url));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  await run(pgDump, [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${partial}`,
    `--dbname=${url}`,
  ]);
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size };
}

/** Replaces what the database holds with the backup, in one transaction (all or nothing). */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`${file}: no such backup`);
  const pgRestore = await tool('pg_restore', await serverMajor(url));
  await run(pgRestore, [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}
