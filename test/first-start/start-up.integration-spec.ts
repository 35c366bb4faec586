import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '@passerelle/persistence';
import { AppProcess, buildOnce, startApp, startupLine } from './support/app-process';

/**
 * `npm start` on the embedded PostgreSQL, as real child processes: recovery after kill -9, a
 * private home as root, and each start-up failure as one line on stderr and exit code 1.
 */
const isRoot = process.getuid?.() === 0;
const canMount = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What a failed start printed on stderr: exactly one line, and the exit code. */
async function failure(app: AppProcess): Promise<{ code: number | null; line: string }> {
  const code = await app.exited;
  const lines = app.stderr().trim().split('\n');
  expect(lines).toHaveLength(1);
  return { code, line: lines[0] };
}

describe('npm start on the embedded PostgreSQL', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-start-up-'));
  const mounts: string[] = [];
  const running: AppProcess[] = [];

  beforeAll(() => {
    fs.chmodSync(work, 0o755);
    buildOnce();
  }, 600_000);

  afterEach(async () => {
    for (const app of running.splice(0)) {
      if (app.child.exitCode === null && app.child.signalCode === null) {
        app.child.kill('SIGTERM');
        await app.exited;
      }
    }
  });

  afterAll(() => {
    for (const mount of mounts) execFileSync('umount', ['-l', mount], { stdio: 'ignore' });
    fs.rmSync(work, { recursive: true, force: true });
  });

  const start = (env: Record<string, string | undefined>) => {
    const app = startApp(env);
    running.push(app);
    return app;
  };

  it('recovers after kill -9: stops the orphan server, reuses the database, refuses a second live start', async () => {
    const dataDir = path.join(work, 'killed');
    const first = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await first.healthy();
    expect(startupLine(first.stdout())).toMatchObject({ seeded: 4, scheduler: 'off' });
    const postmaster = Number(
      fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );

    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(postmaster)).toBe(true); // the orphan: nobody will stop it

    const secondPort = await freePort();
    const second = start({ DATA_DIR: dataDir, PORT: String(secondPort) });
    await second.healthy();
    expect(alive(postmaster)).toBe(false);
    expect(startupLine(second.stdout())).toMatchObject({ seeded: 0 }); // the same database
    expect(second.stdout()).toContain(`stopping the PostgreSQL (pid ${postmaster}) left running`);

    // Its server belongs to a live Passerelle: a third start on the same DATA_DIR must not touch it.
    const third = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    const { code, line } = await failure(third);
    expect(code).toBe(1);
    expect(line).toMatch(
      /is in use by a PostgreSQL \(pid \d+\) that another running Passerelle \(pid \d+\) started/,
    );
    expect((await fetch(`http://127.0.0.1:${secondPort}/health`)).status).toBe(200);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 300_000);

  it('says so in one line when the port is taken, before starting anything', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const dataDir = path.join(work, 'port');
      const { code, line } = await failure(start({ DATA_DIR: dataDir, PORT: String(port) }));
      expect(code).toBe(1);
      expect(line).toBe(
        `passerelle: port ${port} is already in use (another Passerelle, or another program): stop it, or set PORT to a free port`,
      );
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('refuses a DATA_DIR made by another PostgreSQL major version', async () => {
    const dataDir = path.join(work, 'pg15');
    fs.mkdirSync(path.join(dataDir, 'postgres'), { recursive: true });
    // What PostgreSQL 15's initdb writes first; the server itself checks nothing else to refuse it.
    fs.writeFileSync(path.join(dataDir, 'postgres', 'PG_VERSION'), '15\n');
    const { code, line } = await failure(start({ DATA_DIR: dataDir, PORT: String(await freePort()) }));
    expect(code).toBe(1);
    expect(line).toMatch(
      /^passerelle: cannot start the embedded PostgreSQL: .*pg15\/postgres holds a PostgreSQL 15 cluster but this Passerelle ships PostgreSQL 18: dump it with PostgreSQL 15/,
    );
  }, 120_000);

  it('refuses an outbox it cannot write (SMTP_URL unset)', async () => {
    const dataDir = path.join(work, 'outbox');
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'outbox'), 'a file where the directory should be');
    const { code, line } = await failure(start({ DATA_DIR: dataDir, PORT: String(await freePort()) }));
    expect(code).toBe(1);
    expect(line).toBe(
      `passerelle: cannot write mails to ${dataDir}/outbox (a file stands in the way of the directory): fix it, set DATA_DIR to a writable directory, or set SMTP_URL`,
    );
  }, 120_000);

  it('refuses a read-only DATA_DIR', async () => {
    const dataDir = path.join(work, 'read-only');
    fs.mkdirSync(dataDir);
    if (canMount) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dataDir]);
      mounts.push(dataDir);
    } else if (!isRoot) {
      fs.chmodSync(dataDir, 0o555); // root ignores modes: only a read-only mount stops it
    } else {
      console.warn('skipped: running as root without the right to mount a read-only tmpfs');
      return;
    }
    // SMTP: the outbox check would speak first; the database's own message is the point here.
    const app = start({ DATA_DIR: dataDir, PORT: String(await freePort()), SMTP_URL: 'smtp://127.0.0.1:9' });
    const { code, line } = await failure(app);
    expect(code).toBe(1);
    expect(line).toMatch(
      canMount
        ? /^passerelle: cannot start the embedded PostgreSQL: .*read-only\/postgres is on a read-only file system, so the embedded PostgreSQL cannot write there: set DATA_DIR to a writable directory/
        : /^passerelle: cannot start the embedded PostgreSQL: permission denied writing .*read-only\/postgres/,
    );
  }, 120_000);

  (canMount ? it : it.skip)(
    'refuses a full disk (a 4 MiB tmpfs: initdb needs about 40)',
    async () => {
      const dataDir = path.join(work, 'full');
      fs.mkdirSync(dataDir);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dataDir]);
      mounts.push(dataDir);
      const app = start({
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        SMTP_URL: 'smtp://127.0.0.1:9',
      });
      const { code, line } = await failure(app);
      expect(code).toBe(1);
      expect(line).toMatch(
        /^passerelle: cannot start the embedded PostgreSQL: no space left on the disk holding .*full\/postgres \([\d.]+ MiB free\): free some space or set DATA_DIR to another disk$/,
      );
      // initdb's half-made cluster is gone: once there is room, a start begins afresh.
      expect(fs.readdirSync(path.join(dataDir, 'postgres'))).toEqual([]);
    },
    120_000,
  );

  (isRoot ? it : it.skip)(
    'as root, runs a DATA_DIR inside a 0700 home, twice on the same cluster, home untouched',
    async () => {
      const home = path.join(work, 'home');
      fs.mkdirSync(home, { mode: 0o700 });
      fs.chmodSync(home, 0o700);
      const relocation = path.join(work, 'var-lib-passerelle');
      const env = { DATA_DIR: path.join(home, 'passerelle', 'var'), EMBEDDED_POSTGRES_DIR: relocation };

      const first = start({ ...env, PORT: String(await freePort()) });
      await first.healthy();
      expect(startupLine(first.stdout())).toMatchObject({ seeded: 4 });
      const link = path.join(env.DATA_DIR, 'postgres');
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      const cluster = fs.realpathSync(link);
      expect(cluster.startsWith(path.join(relocation, 'clusters'))).toBe(true);
      expect(fs.statSync(cluster).uid).not.toBe(0);
      expect(fs.statSync(cluster).mode & 0o777).toBe(0o700);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = start({ ...env, PORT: String(await freePort()) });
      await second.healthy();
      expect(startupLine(second.stdout())).toMatchObject({ seeded: 0 });
      expect(fs.realpathSync(link)).toBe(cluster);
      expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    },
    300_000,
  );
});
