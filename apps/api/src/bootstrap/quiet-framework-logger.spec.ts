import { LoggerService } from '@nestjs/common';
import { withoutTokens } from './http-logging';
import { QuietFrameworkLogger } from './quiet-framework-logger';

describe('the console', () => {
  it("sends Nest's module and route listing to debug, and keeps every other line", () => {
    const calls: string[] = [];
    const inner: LoggerService = {
      log: (message: unknown) => calls.push(`info ${String(message)}`),
      debug: (message: unknown) => calls.push(`debug ${String(message)}`),
      warn: (message: unknown) => calls.push(`warn ${String(message)}`),
      error: (message: unknown) => calls.push(`error ${String(message)}`),
    };
    const logger = new QuietFrameworkLogger(inner);
    logger.log('Mapped {/api/conventions, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('sweep done', 'SweepRemindersCron');
    logger.warn('careful', 'RouterExplorer');
    expect(calls).toEqual([
      'debug Mapped {/api/conventions, GET} route',
      'debug AppModule dependencies initialized',
      'info sweep done',
      'warn careful',
    ]);
  });

  it('never logs a token from a query string', () => {
    expect(withoutTokens('/api/calendar.ics?token=cal_secret&x=1')).toBe(
      '/api/calendar.ics?token=[redacted]&x=1',
    );
    expect(withoutTokens('/api/setup?a=1&token=stp_secret')).toBe('/api/setup?a=1&token=[redacted]');
    expect(withoutTokens('/api/conventions?q=token')).toBe('/api/conventions?q=token');
  });
});
