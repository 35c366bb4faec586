import { ChildProcess, fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAIN = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const PRELOAD = path.join(__dirname, 'fake-clock.cjs');
const READY_TIMEOUT_MS = 150_000;
export const FAULT_ADMIN = { email: 'admin@faults.test', password: 'fault suite admin password' };

/** A port the kernel says is free now (others' processes share this machine: no fixed range). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The built application (`node dist/apps/api/src/main.js`) as a child process, its clock offset by the test. */
export class AppProcess {
  readonly logs: string[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    }
  }

  static async start(options: {
    databaseUrl: string;
    smtpUrl: string;
    clockOffsetMs: number;
    scheduler?: boolean;
    env?: Record<string, string>;
  }): Promise<AppProcess> {
    // The free port can be taken between the check and the application's bind: then another.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await AppProcess.startOn(await freePort(), options);
      } catch (error) {
        if (attempt >= 3 || !/already in use/.test(String(error))) throw error;
      }
    }
  }

  private static async startOn(
    port: number,
    options: Parameters<typeof AppProcess.start>[0],
  ): Promise<AppProcess> {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm run build first`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-fault-'));
    const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-fault-seeds-'));
    const child = fork(MAIN, [], {
      cwd: ROOT,
      execArgv: ['--require', PRELOAD],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        SMTP_URL: options.smtpUrl,
        DATA_DIR: dataDir,
        SEEDS_DIR: seeds,
        LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn',
        SCHEDULER: options.scheduler === false ? 'off' : 'on',
        REMINDER_SWEEP_SECONDS: '1',
        REMINDER_DISPATCH_SECONDS: '1',
        ADMIN_EMAIL: FAULT_ADMIN.email,
        ADMIN_PASSWORD: FAULT_ADMIN.password,
        PUBLIC_URL: 'https://passerelle.faults.test',
        FAULT_CLOCK_OFFSET_MS: String(options.clockOffsetMs),
        ...options.env,
      },
    });
    const app = new AppProcess(child, port);
    await app.ready();
    return app;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async ready(): Promise<void> {
    // Start-up takes tens of seconds at a load average of 20 on this shared machine.
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the application exited: ${this.logs.join('')}`);
      try {
        const response = await fetch(`${this.url}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    // Not left running: an orphan would go on sending its database's reminders into later cases.
    await this.kill('SIGKILL');
    throw new Error(
      `the application did not answer /health in ${READY_TIMEOUT_MS / 1000} s: ${this.logs.join('')}`,
    );
  }

  setClock(offsetMs: number): void {
    this.child.send({ clockOffsetMs: offsetMs });
  }

  /** Sends the signal and resolves with the exit code once the process is gone. */
  async kill(signal: NodeJS.Signals): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function until(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
