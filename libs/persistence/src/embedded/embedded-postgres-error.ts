import * as fs from 'node:fs';
import * as path from 'node:path';

export type EmbeddedFailure =
  | 'read_only'
  | 'disk_full'
  | 'permission'
  | 'port_taken'
  | 'other_major_version'
  | 'in_use'
  | 'no_postgres_user'
  | 'shared_memory'
  | 'start_failed';

/** Why the embedded server cannot start, in one line that says what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly reason: EmbeddedFailure,
    message: string,
  ) {
    super(message.replace(/\s*\n\s*/g, ' ').trim());
    this.name = 'EmbeddedPostgresError';
  }
}

/** The closest existing directory of `target` (the disk a write would land on). */
function existingAncestor(target: string): string {
  let current = path.resolve(target);
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function freeSpace(target: string): string {
  try {
    const stats = fs.statfsSync(existingAncestor(target));
    const mib = (Number(stats.bavail) * Number(stats.bsize)) / 1024 / 1024;
    return mib < 10 ? `${mib.toFixed(1)} MiB free` : `${Math.round(mib)} MiB free`;
  } catch {
    return 'free space unknown';
  }
}

/** A file-system error (mkdir, write) met while preparing `dir`, as one clear line. */
export function fileSystemFailure(
  error: unknown,
  dir: string,
  what = 'the embedded PostgreSQL',
): EmbeddedPostgresError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'EROFS':
      return new EmbeddedPostgresError(
        'read_only',
        `${dir} is on a read-only file system, so ${what} cannot write there: set DATA_DIR to a writable directory (or remount it read-write)`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new EmbeddedPostgresError(
        'disk_full',
        `no space left on the disk holding ${dir} (${freeSpace(dir)}): free some space or set DATA_DIR to another disk`,
      );
    case 'EACCES':
    case 'EPERM':
      return new EmbeddedPostgresError(
        'permission',
        `permission denied writing ${dir} (${detail}): set DATA_DIR to a directory this user can write`,
      );
    default:
      return new EmbeddedPostgresError('start_failed', `cannot prepare ${dir} for ${what}: ${detail}`);
  }
}

/** Reads what initdb or postgres printed before failing and names the cause. */
export function explainServerOutput(
  output: string,
  dataDir: string,
  step: 'initdb' | 'postgres',
): EmbeddedPostgresError {
  if (/Read-only file system/i.test(output)) return fileSystemFailure({ code: 'EROFS' }, dataDir);
  if (/No space left on device|Disk quota exceeded/i.test(output))
    return fileSystemFailure({ code: 'ENOSPC' }, dataDir);
  if (/Address already in use/i.test(output)) {
    return new EmbeddedPostgresError(
      'port_taken',
      `the embedded PostgreSQL could not listen on its port (already in use): start again, or set DATABASE_URL`,
    );
  }
  if (/incompatible with this version|database files are incompatible/i.test(output)) {
    return new EmbeddedPostgresError(
      'other_major_version',
      `${dataDir} was made by another PostgreSQL major version: ${lastMessage(output)}`,
    );
  }
  if (/shared memory/i.test(output)) {
    return new EmbeddedPostgresError(
      'shared_memory',
      `the embedded PostgreSQL could not get shared memory (${lastMessage(output)}): free memory or raise the system's shared memory limits`,
    );
  }
  if (/Permission denied/i.test(output)) {
    return new EmbeddedPostgresError(
      'permission',
      `the embedded PostgreSQL cannot use ${dataDir}: ${lastMessage(output)}`,
    );
  }
  return new EmbeddedPostgresError(
    'start_failed',
    `${step} failed for ${dataDir}: ${lastMessage(output) || 'no output'}`,
  );
}

/** The most telling line of a server log: the last FATAL/PANIC/ERROR, else the last line. */
function lastMessage(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^\[STDERR\]\s*/, '').trim())
    .filter(Boolean);
  const telling = lines.filter((line) => /\b(FATAL|PANIC|ERROR|error):/.test(line));
  return (telling.at(-1) ?? lines.at(-1) ?? '').replace(/^.*?\b(FATAL|PANIC|ERROR|error):\s*/, '');
}
