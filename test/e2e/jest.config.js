/**
 * Browser end-to-end tests (`npm run test:e2e`): the real API on a real PostgreSQL, serving the
 * built web app (`npm run build:web`), driven in Debian's Chromium through playwright-core.
 */
const path = require('node:path');

const rootDir = path.resolve(__dirname, '../..');

const { esmTransform, transformIgnorePatterns } = require('../../jest.esm-packages');

module.exports = {
  rootDir,
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  moduleNameMapper: { '^@passerelle/(.*)$': '<rootDir>/libs/$1/src' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    ...esmTransform,
  },
  transformIgnorePatterns,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120_000,
};
