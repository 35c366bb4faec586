import pino from 'pino';
import { consoleIsHuman } from './http-logging';

export interface StartupSummary {
  url: string;
  seconds: number;
  database: string;
  seeded: number;
  scheduler: boolean;
  mail: string;
  /** The single-use link that creates the first admin, when none exists. */
  setupLink: { url: string; expiresAt: Date } | null;
}

/** A start-up event worth a line: plain in a terminal, a JSON log line otherwise. */
export function printStartupNotice(
  message: string,
  fields: Record<string, unknown> = {},
  human = consoleIsHuman(),
): void {
  if (human) process.stdout.write(`passerelle: ${message}\n`);
  else pino({ base: { pid: process.pid }, name: 'passerelle' }).info(fields, `passerelle: ${message}`);
}

/**
 * What `npm start` prints once it listens. In a terminal: a few lines for a person. Otherwise
 * (docker, systemd, CI): the same facts as one JSON log line, like every other line.
 */
export function printStartupSummary(summary: StartupSummary, human = consoleIsHuman()): void {
  if (!human) {
    const logger = pino({ base: { pid: process.pid }, name: 'passerelle' });
    logger.info(
      {
        url: summary.url,
        database: summary.database,
        seeded: summary.seeded,
        scheduler: summary.scheduler ? 'on' : 'off',
        mail: summary.mail,
        startupSeconds: Number(summary.seconds.toFixed(2)),
        ...(summary.setupLink
          ? {
              setupLink: summary.setupLink.url,
              setupLinkExpiresAt: summary.setupLink.expiresAt.toISOString(),
            }
          : {}),
      },
      `passerelle: listening on ${summary.url}`,
    );
    if (summary.setupLink) {
      logger.warn(
        { setupLink: summary.setupLink.url },
        `passerelle: no administrator yet: open ${summary.setupLink.url} to create the first one`,
      );
    }
    return;
  }
  const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
  const lines = [
    `passerelle: listening on ${bold(summary.url)} (ready in ${summary.seconds.toFixed(2)} s)`,
    `  database   ${summary.database}${summary.seeded ? ` (${summary.seeded} seed conventions loaded)` : ''}`,
    `  scheduler  ${summary.scheduler ? 'on: reminder sweep every 15 min, mail dispatch every minute' : 'off (SCHEDULER=off: run npm run start:scheduler)'}`,
    `  mail       ${summary.mail}`,
  ];
  if (summary.setupLink) {
    const hours = Math.round((summary.setupLink.expiresAt.getTime() - Date.now()) / 3_600_000);
    lines.push(
      `  first admin: open ${bold(summary.setupLink.url)} (single use, valid ${hours} h) to create it`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
