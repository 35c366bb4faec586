import { explainServerOutput, fileSystemFailure } from './embedded-postgres-error';

describe('embedded PostgreSQL failures, one line each', () => {
  it.each([
    ['EROFS', 'read_only', /is on a read-only file system/],
    [
      'ENOSPC',
      'disk_full',
      /^no space left on the disk holding \/data\/postgres \(.* free\): free some space/,
    ],
    ['EACCES', 'permission', /^permission denied writing \/data\/postgres/],
    ['EIO', 'start_failed', /^cannot prepare \/data\/postgres/],
  ])('names %s', (code, reason, message) => {
    const error = fileSystemFailure(Object.assign(new Error(`${code}: failed`), { code }), '/data/postgres');
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it.each([
    ['initdb: error: could not create directory "x/pg_wal": No space left on device', 'disk_full'],
    ['FATAL:  could not create lock file "postmaster.pid": Read-only file system', 'read_only'],
    ['LOG:  could not bind IPv4 address "127.0.0.1": Address already in use', 'port_taken'],
    [
      'FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 15, which is not compatible with this version 18.4.',
      'other_major_version',
    ],
    ['FATAL:  could not create shared memory segment: Cannot allocate memory', 'shared_memory'],
  ])('reads the server output %j', (output, reason) => {
    expect(explainServerOutput(output, '/data/postgres', 'postgres').reason).toBe(reason);
  });

  it('quotes the last FATAL line of anything else', () => {
    const error = explainServerOutput(
      'LOG:  starting PostgreSQL 18.4\nFATAL:  invalid value for parameter "shared_buffers"\nLOG:  bye',
      '/data/postgres',
      'postgres',
    );
    expect(error.message).toBe(
      'postgres failed for /data/postgres: invalid value for parameter "shared_buffers"',
    );
  });
});
