import { ChildProcess, execSync, spawn } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAIN = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

/** `npm start` runs the built code: build it as `npm start` would (a no-op when up to date). */
export function buildOnce(): void {
  execSync('node scripts/build-if-needed.mjs', { cwd: ROOT, stdio: 'ignore' });
}

export interface AppProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once /health answers 200; rejects if the process ends first. */
  healthy(timeoutMs?: number): Promise<void>;
}

/** The real application as a child process, on the embedded PostgreSQL (DATABASE_URL removed). */
export function startApp(env: Record<string, string | undefined>): AppProcess {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    ADMIN_EMAIL: undefined,
    ADMIN_PASSWORD: undefined,
    SMTP_URL: undefined,
    SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  const port = Number(env.PORT);
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    healthy: async (timeoutMs = 120_000) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (ended) throw new Error(`the app exited before answering /health: ${stderr}${stdout}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/health`);
          if (response.status === 200) return;
        } catch {
          // Not listening yet.
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`no /health within ${timeoutMs} ms: ${stderr}${stdout}`);
    },
  };
}

/** The JSON start-up line (stdout is not a terminal here). */
export function startupLine(stdout: string): Record<string, unknown> {
  const line = stdout
    .split('\n')
    .filter((text) => text.startsWith('{'))
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((entry) => String(entry.msg).startsWith('passerelle: listening on'));
  if (!line) throw new Error(`no start-up line in: ${stdout}`);
  return line;
}
