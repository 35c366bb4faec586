import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server for tests: receives, parses, and can refuse the next messages on demand. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private refusals = 0;
  private refusedAddress: string | null = null;
  /** Runs once a message has arrived, before it is answered 250 (a fault to inject at that moment). */
  beforeAccept: ((message: ParsedMail) => Promise<void>) | null = null;
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refusedAddress && address.address.toLowerCase() === this.refusedAddress) {
          const error = new Error('550 5.1.1 mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.refusals > 0) {
            this.refusals -= 1;
            const error = new Error('451 4.3.0 try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then(async (message) => {
              await this.beforeAccept?.(message);
              return message;
            })
            .then(
              (message) => {
                this.messages.push(message);
                callback();
              },
              (error: Error) => callback(error),
            );
        });
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  refuseNext(count: number): void {
    this.refusals = count;
  }

  /** Answers 550 to RCPT TO for this address (null: accept everyone again). */
  refuseAddress(address: string | null): void {
    this.refusedAddress = address?.toLowerCase() ?? null;
  }

  clear(): void {
    this.messages.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
