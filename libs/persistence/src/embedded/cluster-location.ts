import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedPostgresError, fileSystemFailure } from './embedded-postgres-error';
import { binary, PostgresDistribution } from './postgres-distribution';

/** The unprivileged account the server runs as when Passerelle runs as root (PostgreSQL refuses root). */
export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

export interface ClusterLocation {
  /** The directory the server is given (`-D`): the requested one, or where it was moved. */
  dataDir: string;
  distribution: PostgresDistribution;
  runAs: RunAs | null;
  /** Set when the cluster lives outside DATA_DIR (root, private DATA_DIR): the link left there. */
  linkedFrom: string | null;
}

export const DEFAULT_RELOCATION_DIR = '/var/lib/passerelle';
const ACCOUNT = 'postgres';

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(
    execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  );
}

/** The `postgres` system account, created when missing (as embedded-postgres did). */
export function postgresAccount(): RunAs {
  try {
    return { uid: idOf('-u', ACCOUNT), gid: idOf('-g', ACCOUNT), name: ACCOUNT };
  } catch {
    // Not there yet.
  }
  try {
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    return { uid: idOf('-u', ACCOUNT), gid: idOf('-g', ACCOUNT), name: ACCOUNT };
  } catch (error) {
    throw new EmbeddedPostgresError(
      'no_postgres_user',
      `running as root, the embedded PostgreSQL needs a '${ACCOUNT}' system account and creating it failed` +
        ` (${error instanceof Error ? error.message : String(error)}): create it (useradd --system ${ACCOUNT}) or run Passerelle as a normal user`,
    );
  }
}

/** Asks the system itself (ACLs, groups and all): can `account` reach `target` with `test -<flag>`? */
export function canReach(account: RunAs, target: string, flag: 'x' | 'w' = 'x'): boolean {
  const result = spawnSync('/bin/sh', ['-c', `test -${flag} "$1"`, 'sh', target], {
    uid: account.uid,
    gid: account.gid,
    stdio: 'ignore',
  });
  return result.status === 0;
}

function mkdirOrExplain(dir: string, mode?: number): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode });
  } catch (error) {
    throw fileSystemFailure(realMkdirError(error, dir), dir);
  }
}

/** Node's recursive mkdir reports EROFS as ENOENT: ask again without recursion for the real cause. */
export function realMkdirError(error: unknown, dir: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync(path.dirname(dir))) return error;
  try {
    fs.mkdirSync(dir);
    return error;
  } catch (second) {
    return second;
  }
}

/** A directory the server account may traverse, whatever the umask. */
function mkdirShared(dir: string): void {
  mkdirOrExplain(dir, 0o755);
  fs.chmodSync(dir, 0o755);
}

/** Like system binaries: readable (and runnable where they were) by every account, whatever the umask. */
function openToAll(entry: string): void {
  const stat = fs.lstatSync(entry);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    fs.chmodSync(entry, 0o755);
    for (const child of fs.readdirSync(entry)) openToAll(path.join(entry, child));
  } else {
    fs.chmodSync(entry, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

/** A copy of the binaries where `account` can run them; made once per package version. */
function reachableDistribution(
  distribution: PostgresDistribution,
  account: RunAs,
  base: string,
): PostgresDistribution {
  if (canReach(account, binary(distribution, 'postgres'))) return distribution;
  const target = path.join(base, `postgresql-${distribution.version}`);
  const complete = path.join(target, '.complete');
  if (!fs.existsSync(complete)) {
    mkdirShared(base);
    const staging = `${target}.partial-${process.pid}`;
    try {
      fs.rmSync(staging, { recursive: true, force: true });
      fs.cpSync(distribution.root, staging, { recursive: true, verbatimSymlinks: true });
      openToAll(staging);
      fs.writeFileSync(path.join(staging, '.complete'), `${distribution.version}\n`);
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(staging, target);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw fileSystemFailure(error, target);
    }
  }
  const copy = { ...distribution, root: target };
  if (!canReach(account, binary(copy, 'postgres'))) {
    throw new EmbeddedPostgresError(
      'permission',
      `the '${account.name}' account cannot run ${binary(copy, 'postgres')}: make ${base} readable by it (chmod 755)`,
    );
  }
  return copy;
}

/** One directory per DATA_DIR: readable name, plus a hash so that two projects never share one. */
function relocatedName(requested: string): string {
  const slug = requested
    .split(path.sep)
    .filter(Boolean)
    .slice(-3)
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  const hash = createHash('sha256').update(requested).digest('hex').slice(0, 10);
  return `${slug}-${hash}`;
}

function chownToAccount(dir: string, account: RunAs): void {
  fs.chownSync(dir, account.uid, account.gid);
  fs.chmodSync(dir, 0o700);
}

/**
 * Where the cluster of `requested` (DATA_DIR/postgres) lives and who runs it.
 *
 * Not root: there, as this user. Root: as `postgres`, who must reach the binaries and the data.
 * When it cannot reach DATA_DIR (a 0700 home, the usual case for root), the cluster goes to
 * `relocationDir/clusters/<name>` (owned by postgres, 0700) and DATA_DIR/postgres becomes a
 * symbolic link to it: the record that makes every later start use the same cluster. The
 * permissions of DATA_DIR and of its parents are never changed.
 */
export function locateCluster(
  requested: string,
  distribution: PostgresDistribution,
  options: { relocationDir?: string; isRoot?: boolean } = {},
): ClusterLocation {
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const base = options.relocationDir ?? DEFAULT_RELOCATION_DIR;
  const parent = path.dirname(requested);
  mkdirOrExplain(parent);

  let linked: string | null = null;
  try {
    if (fs.lstatSync(requested).isSymbolicLink()) linked = fs.realpathSync(requested);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A dangling link: its cluster was removed; it is made again at the same place.
    if (code === 'ENOENT' && fs.lstatSync(requested, { throwIfNoEntry: false })?.isSymbolicLink()) {
      linked = path.resolve(parent, fs.readlinkSync(requested));
    } else if (code !== 'ENOENT') {
      throw fileSystemFailure(error, requested);
    }
  }

  if (!isRoot) {
    const dataDir = linked ?? requested;
    mkdirOrExplain(dataDir, 0o700);
    return { dataDir, distribution, runAs: null, linkedFrom: linked ? requested : null };
  }

  const account = postgresAccount();
  const binaries = reachableDistribution(distribution, account, base);
  if (linked) {
    mkdirOrExplain(linked, 0o700);
    chownToAccount(linked, account);
    return { dataDir: linked, distribution: binaries, runAs: account, linkedFrom: requested };
  }
  if (canReach(account, parent)) {
    mkdirOrExplain(requested, 0o700);
    chownToAccount(requested, account);
    return { dataDir: requested, distribution: binaries, runAs: account, linkedFrom: null };
  }
  if (fs.existsSync(path.join(requested, 'PG_VERSION'))) {
    const target = path.join(base, 'clusters', relocatedName(requested));
    throw new EmbeddedPostgresError(
      'permission',
      `the '${account.name}' account cannot reach the cluster in ${requested} (a parent directory is private):` +
        ` move it out once (mkdir -p ${path.dirname(target)} && mv ${requested} ${target} && ln -s ${target} ${requested}) and start again`,
    );
  }
  const target = path.join(base, 'clusters', relocatedName(requested));
  mkdirShared(base);
  mkdirShared(path.dirname(target));
  mkdirOrExplain(target, 0o700);
  chownToAccount(target, account);
  if (!canReach(account, target, 'w')) {
    throw new EmbeddedPostgresError(
      'permission',
      `the '${account.name}' account cannot reach ${target}: every parent of ${base} must be searchable by it (chmod o+x)`,
    );
  }
  try {
    // Only an empty directory left by an earlier attempt is replaced by the link.
    if (fs.existsSync(requested)) fs.rmdirSync(requested);
    fs.symlinkSync(target, requested);
  } catch (error) {
    throw fileSystemFailure(error, requested);
  }
  return { dataDir: target, distribution: binaries, runAs: account, linkedFrom: requested };
}
