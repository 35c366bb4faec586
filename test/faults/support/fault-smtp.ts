import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The SMTP server of the fault suite: counts every message it accepts by Message-ID, and can be
 * down (connection refused), refusing (421 at once), silent (accepts the connection, never
 * speaks) or slow (a delay per message, to widen a dispatch for a kill).
 */
export class FaultSmtp {
  readonly received = new Map<string, number>();
  total = 0;
  /** Messages whose data has arrived and whose answer is still held back (`delayMs`). */
  inFlight = 0;
  mode: 'accept' | 'refuse' = 'accept';
  delayMs = 0;
  private smtp: SMTPServer | null = null;
  private silent: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** Bumped by `reset()`: a message still being delayed from an earlier case is not counted in the next. */
  private generation = 0;

  async start(): Promise<string> {
    await this.listen();
    return `smtp://127.0.0.1:${this.port}`;
  }

  private async listen(): Promise<void> {
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onConnect: (_session, callback) => {
        if (this.mode === 'refuse') {
          const error = new Error('421 4.3.2 service not available') as Error & { responseCode: number };
          error.responseCode = 421;
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 8192) head += chunk.toString('latin1');
        });
        const generation = this.generation;
        stream.on('end', () => {
          const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? `(none ${this.total})`;
          this.inFlight += 1;
          setTimeout(() => {
            this.inFlight -= 1;
            if (generation === this.generation) {
              this.received.set(id, (this.received.get(id) ?? 0) + 1);
              this.total += 1;
            }
            callback();
          }, this.delayMs);
        });
      },
    });
    // A client killed mid-session resets its connection: expected here, not a test failure.
    this.smtp.on('error', () => undefined);
    await new Promise<void>((resolve) => this.smtp!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.smtp.server.address() as AddressInfo).port;
  }

  /** Connection refused until `up()`. */
  async down(): Promise<void> {
    await this.closeAll();
  }

  async up(): Promise<void> {
    await this.closeAll();
    await this.listen();
  }

  /** Accepts TCP connections on the same port and never says a word. */
  async goSilent(): Promise<void> {
    await this.closeAll();
    this.silent = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.silent!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Forgets what was received (between cases). */
  reset(): void {
    this.generation += 1;
    this.received.clear();
    this.total = 0;
  }

  duplicates(): number {
    return [...this.received.values()].reduce((sum, count) => sum + count - 1, 0);
  }

  private async closeAll(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (this.silent) await new Promise<void>((resolve) => this.silent!.close(() => resolve()));
    this.silent = null;
    if (this.smtp) await new Promise<void>((resolve) => this.smtp!.close(() => resolve()));
    this.smtp = null;
  }

  stop(): Promise<void> {
    return this.closeAll();
  }
}
