import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { realMkdirError } from '@passerelle/persistence';

/** A start-up problem an operator must fix: printed as one line, exit code 1. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Checked before the database starts, so that a busy port costs no initdb and leaves nothing running. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? portProblem(port, error) : error),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export function portProblem(port: number, error: NodeJS.ErrnoException): StartupError {
  return new StartupError(
    error.code === 'EACCES'
      ? `port ${port} needs privileges this user lacks: set PORT to a number above 1023`
      : `port ${port} is already in use (another Passerelle, or another program): stop it, or set PORT to a free port`,
  );
}

/** Without SMTP_URL every mail is a file in DATA_DIR/outbox: a mail that cannot be written is lost. */
export function assertOutboxWritable(outboxDir: string): void {
  const probe = path.join(outboxDir, `.write-check-${process.pid}`);
  try {
    fs.mkdirSync(outboxDir, { recursive: true });
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (thrown) {
    const error = realMkdirError(thrown, outboxDir) as NodeJS.ErrnoException;
    const code = error.code;
    const why =
      code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'ENOTDIR' || code === 'EEXIST'
              ? 'a file stands in the way of the directory'
              : error.message;
    throw new StartupError(
      `cannot write mails to ${outboxDir} (${why}): fix it, set DATA_DIR to a writable directory, or set SMTP_URL`,
    );
  }
}
