import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@passerelle/config';
import type { Params } from 'nestjs-pino';
import pinoPretty from 'pino-pretty';

/** A person reads the console: short coloured lines. A machine reads it: one JSON object a line. */
export function consoleIsHuman(): boolean {
  return Boolean(process.stdout.isTTY);
}

/** Feed and link tokens travel in query strings: they never reach a log. */
export function withoutTokens(url: string | undefined): string | undefined {
  return url?.replace(/([?&]token=)[^&]*/gi, '$1[redacted]');
}

/** pino-http for the API: requests at info, 4xx at warn, 5xx at error; /health not logged. */
export function httpLogging(
  config: Pick<AppConfig, 'logLevel'>,
  human = consoleIsHuman(),
): Params['pinoHttp'] {
  const options = {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.query.token'],
    serializers: {
      req: (req: { url?: string }) => ({ ...req, url: withoutTokens(req.url) }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, responseTime: number) =>
      `${req.method} ${withoutTokens(req.url)} ${res.statusCode} ${Math.round(responseTime)} ms`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, error: Error) =>
      `${req.method} ${withoutTokens(req.url)} ${res.statusCode} ${error.message}`,
  };
  if (!human) return options;
  // In the process (no worker thread): a console line appears before the next request is served.
  const pretty = pinoPretty({
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,context',
    singleLine: true,
  });
  return [options, pretty];
}
