import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });

  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['IPv4 and IPv6 refused', Object.assign(new AggregateError([withCode('ECONNREFUSED')]), {})],
    ['server shutting down (57P01)', { driverError: withCode('57P01') }],
    ['server starting up (57P03)', { driverError: withCode('57P03') }],
    ['too many connections', withCode('53300')],
    ['connection failure (08006)', withCode('08006')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connection lost', new Error('Connection terminated unexpectedly')],
    ['nested cause', new Error('outer', { cause: withCode('ECONNREFUSED') })],
    // A restart cut a request's connection: its other queries find the runner released (fault suite).
    ['a query runner released under a request', new QueryRunnerAlreadyReleasedError()],
  ])('is true for %s', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', { driverError: withCode('23505') }],
    ['a syntax error', { driverError: withCode('42601') }],
    ['a plain error', new Error('boom')],
    [
      'a mail transport error',
      Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT_SMTP' }),
    ],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
