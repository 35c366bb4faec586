import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';

export function isAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(pid: number): string {
  try {
    if (process.platform === 'linux')
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function parentOf(pid: number): number {
  try {
    if (process.platform === 'linux') {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields follow its last ')'.
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  } catch {
    return 0;
  }
}

/** Beside the cluster: the pid of the Passerelle process that started its server. */
export function ownerFileOf(dataDir: string): string {
  return `${dataDir}.owner`;
}

export function writeOwner(dataDir: string): void {
  fs.writeFileSync(ownerFileOf(dataDir), `${process.pid}\n`);
}

export function clearOwner(dataDir: string): void {
  try {
    if (Number(fs.readFileSync(ownerFileOf(dataDir), 'utf8')) === process.pid)
      fs.rmSync(ownerFileOf(dataDir));
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * Before starting on `dataDir`: a `postmaster.pid` left by a server whose Passerelle was killed
 * (kill -9, OOM) names a server still running with nobody to stop it. Stop that orphan; refuse
 * when the server belongs to a Passerelle still alive; drop a pid file whose pid was reused.
 * A dead pid is left to PostgreSQL, which also checks for backends still attached to its memory.
 */
export async function settlePreviousServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return;
  }
  const pid = Number(lines[0]);
  if (!isAlive(pid)) return;
  if (!/postgres/.test(commandOf(pid))) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  let owner = 0;
  try {
    owner = Number(fs.readFileSync(ownerFileOf(dataDir), 'utf8'));
  } catch {
    // No record: judged by its parent alone.
  }
  const ownedByLiveProcess = owner > 0 ? parent === owner && isAlive(owner) : parent > 1 && isAlive(parent);
  if (ownedByLiveProcess && parent !== process.pid) {
    throw new EmbeddedPostgresError(
      'in_use',
      `${dataDir} is in use by a PostgreSQL (pid ${pid}) that another running Passerelle (pid ${parent}) started: stop that one first, or set another DATA_DIR`,
    );
  }
  log(`stopping the PostgreSQL (pid ${pid}) left running by a Passerelle that did not stop cleanly`);
  process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
  if (await waitForExit(pid, 20_000)) return;
  process.kill(pid, 'SIGQUIT'); // immediate shutdown: crash recovery at the next start
  if (await waitForExit(pid, 10_000)) return;
  throw new EmbeddedPostgresError(
    'in_use',
    `the PostgreSQL left running on ${dataDir} (pid ${pid}) does not stop: kill it (kill ${pid}) and start again`,
  );
}
