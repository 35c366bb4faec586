import { testDatabaseName } from './test-database';

describe('testDatabaseName', () => {
  it('never repeats a name, even when jest reloads the module for the next test file', () => {
    const first = testDatabaseName('passerelle_test_run');
    jest.resetModules();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reloaded = require('./test-database') as typeof import('./test-database');
    expect(reloaded.testDatabaseName('passerelle_test_run')).not.toBe(first);
  });

  it('stays a PostgreSQL identifier of at most 63 bytes for the run templates', () => {
    const name = testDatabaseName(`passerelle_test_${Date.now().toString(36)}_${process.pid}`);
    expect(name).toMatch(/^[a-z0-9_]+$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
  });
});
